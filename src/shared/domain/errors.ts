/**
 * Every rule in the domain layer fails with a DomainError carrying a stable code, so the UI can
 * translate the message and tests can assert on the code instead of on English prose.
 */
export type DomainErrorCode =
  | 'invalid-lot-size'
  | 'unknown-aql'
  | 'unknown-level'
  | 'unknown-inspection'
  | 'invalid-fraction'
  | 'invalid-reading'
  | 'invalid-tolerance'
  | 'invalid-roll'
  | 'invalid-defect'
  | 'invalid-count'
  | 'invalid-quantity'
  | 'invalid-config'
  | 'table-gap';

export class DomainError extends Error {
  constructor(
    public readonly code: DomainErrorCode,
    message?: string,
    public readonly params?: Record<string, unknown>,
  ) {
    super(message ?? code);
    this.name = 'DomainError';
  }
}

export function isDomainError(e: unknown, code?: DomainErrorCode): e is DomainError {
  return e instanceof DomainError && (code === undefined || e.code === code);
}
