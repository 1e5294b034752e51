import { defineFuzz } from './fuzz-suite';

/** SYNC.md failure 18 on PostgreSQL: an eighth of FUZZ_SEEDS (at least 10), see fuzz.test.ts. */
defineFuzz('postgres', Math.max(10, Math.floor(Number(process.env.FUZZ_SEEDS ?? 200) / 8)));
