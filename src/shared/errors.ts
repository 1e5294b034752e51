/**
 * The one catalogue of error codes crossing the API. The server maps each code to an HTTP
 * status in exactly one place (sync-server/problems.ts); the PWA maps each to a translated
 * message under `error.<code>` in its i18n catalogues. Codes are stable: never rename one.
 */
export const API_ERROR_CODES = [
  'invalid-request',
  'invalid-credentials',
  'auth-required',
  'forbidden',
  'not-found',
  'protocol-outdated',
  'sequence-gap',
  'client-owned-by-other-user',
  'batch-too-large',
  'internal',
  'upload-offset-mismatch',
  'hash-mismatch',
  'payload-too-large',
  'inspection-not-submitted',
  'edit-conflict',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Codes of a single rejected or conflicting mutation inside an otherwise accepted push. */
export const MUTATION_ERROR_CODES = [
  'invalid-mutation',
  'forbidden',
  'unknown-order',
  'unknown-inspection',
  'inspection-locked',
  'id-conflict',
  'replay-mismatch',
] as const;
export type MutationErrorCode = (typeof MUTATION_ERROR_CODES)[number];

/** The body of every non-2xx API response. */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; details?: unknown };
}

export const isApiErrorBody = (value: unknown): value is ApiErrorBody =>
  typeof value === 'object' &&
  value !== null &&
  'error' in value &&
  typeof (value as { error?: { code?: unknown } }).error?.code === 'string';
