import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import type { ApiErrorBody, ApiErrorCode } from '../src/shared/errors';

/**
 * The one place error codes become HTTP statuses. Services throw `ProblemError`; routes never
 * pick a status for an error themselves. Bodies are always `{ error: { code, message, details? } }`
 * and never carry a stack trace.
 */
export const HTTP_STATUS: Record<ApiErrorCode, number> = {
  'invalid-request': 400,
  'invalid-credentials': 401,
  'auth-required': 401,
  forbidden: 403,
  'client-owned-by-other-user': 403,
  'not-found': 404,
  'sequence-gap': 409,
  'batch-too-large': 413,
  'protocol-outdated': 426,
  internal: 500,
  'upload-offset-mismatch': 409,
  'hash-mismatch': 422,
  'payload-too-large': 413,
  'inspection-not-submitted': 409,
  'edit-conflict': 409,
};

export class ProblemError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ProblemError';
  }
}

export const problemBody = (code: ApiErrorCode, message: string, details?: unknown): ApiErrorBody => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Fastify's own errors (body parsing, limits) translated into the catalogue. */
function fromFastifyError(error: FastifyError): ProblemError | undefined {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413)
    return new ProblemError('batch-too-large', 'Request body is too large; send fewer mutations per push.');
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
    return new ProblemError('invalid-request', error.message);
  return undefined;
}

export function toProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof ZodError)
    return new ProblemError('invalid-request', 'Request does not match the schema.', {
      issues: error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    });
  if (error instanceof Error && 'code' in error) {
    const known = fromFastifyError(error as FastifyError);
    if (known) return known;
  }
  return new ProblemError('internal', 'Internal server error.');
}

export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    const status = HTTP_STATUS[problem.code];
    if (status >= 500) request.log.error({ err: error }, 'unhandled error');
    return reply.status(status).send(problemBody(problem.code, problem.message, problem.details));
  });
}
