// `npm run dev`: the sync server (restarted on change) and Vite's dev server side by side.
// Vite proxies /api to the server on :8080 (see vite.config.ts).
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsx', 'watch', 'sync-server/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: '8080' },
  }),
  spawn('npx', ['vite'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) =>
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  }),
);
