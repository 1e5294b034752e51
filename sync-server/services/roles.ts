import type { Role, User } from '../../src/shared/schema/user';
import { ProblemError } from '../problems';

/** Role gate used by routes and services; throws `forbidden` (403) for any other role. */
export function requireRole(user: User, ...roles: Role[]): void {
  if (!roles.includes(user.role)) throw new ProblemError('forbidden', 'Your role may not do this.');
}

/** Office and admin see every factory; inspectors and merchandisers only their own. */
export const seesEverything = (user: User): boolean => user.role === 'office' || user.role === 'admin';
