import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { dataDirFromEnv, fsPhotoStorage } from './blobs/photo-storage';
import { migrateToLatest } from './db/migrate';
import { databaseConfigFromEnv, openDatabase } from './db/open';
import { staticRootExists } from './http/static-pwa';
import { seedDemo } from './seed/demo';

/**
 * Production entry: open the database, migrate, seed the demo data, serve API + PWA.
 * Env: PORT (8080), HOST (0.0.0.0), DATA_DIR (./data: SQLite file, photo blobs), DATABASE_URL (PostgreSQL),
 * TRUST_PROXY=1 when behind a TLS-terminating reverse proxy.
 */
const DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '0.0.0.0';
  const database = openDatabase(databaseConfigFromEnv(process.env));
  await migrateToLatest(database.db);
  await seedDemo(database);

  const hasPwa = staticRootExists(DIST_DIR);
  const app = await buildApp({
    db: database,
    staticDir: hasPwa ? DIST_DIR : undefined,
    logger: process.env.LOG_REQUESTS === '1',
    trustProxy: process.env.TRUST_PROXY === '1',
    photoStorage: fsPhotoStorage(dataDirFromEnv(process.env)),
  });
  if (!hasPwa) console.warn(`No built PWA at ${DIST_DIR} (run \`npm run build\`); serving the API only.`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) process.exit(1); // a second signal means "now"
    closing = true;
    console.log(`${signal}: finishing open requests and closing the database`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port, host });
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  console.log(`QC sync server on http://${shown}:${port} (${database.kind})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
