import { defineFuzz } from './fuzz-suite';

/**
 * SYNC.md failure 18 on SQLite: FUZZ_SEEDS random offline days (default 200). PostgreSQL runs
 * an eighth of them in fuzz-postgres.test.ts so the two files run side by side.
 */
defineFuzz('sqlite', Number(process.env.FUZZ_SEEDS ?? 200));
