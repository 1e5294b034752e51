/**
 * The computed verdict of an inspection from what is on this phone: plans, live defects, the
 * current measurement readings against the pinned spec sheet and the current checklist answers.
 * The mapping lives in src/shared/verdict-input.ts so the sync server judges exactly alike.
 */
export { closingVerdict, type ClosingEvidence, type MissingCatalogue } from '../../shared/verdict-input';
