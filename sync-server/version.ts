import { readFileSync } from 'node:fs';

/** The release version reported by /api/health, read once from the repository's package.json. */
export const APP_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
