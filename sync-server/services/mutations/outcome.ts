import type { MutationErrorCode } from '../../../src/shared/errors';

/**
 * What applying one mutation came to. A business-rule refusal is an outcome with a code, never
 * a throw: it is recorded against the client's seq so the outbox keeps moving and the user can
 * be told (SYNC.md I1).
 */
export type Outcome = { status: 'applied' } | { status: 'rejected'; code: MutationErrorCode };

export const APPLIED: Outcome = { status: 'applied' };
export const reject = (code: MutationErrorCode): Outcome => ({ status: 'rejected', code });
