import type { Order } from '../../src/shared/schema/order';
import type { User } from '../../src/shared/schema/user';
import type { PullScope } from '../db/pull-query';
import { seesEverything } from './roles';

/**
 * Who may see and touch which orders. Pull (db/pull-query.ts) and push (services/mutations/)
 * both derive from these rules, so what a phone can write is always something it can read back.
 */
export function pullScopeOf(user: User): PullScope {
  if (seesEverything(user)) return { kind: 'all' };
  if (user.role === 'merchandiser')
    return { kind: 'merchandiser', userId: user.id, factoryIds: user.factoryIds };
  return { kind: 'factories', userId: user.id, factoryIds: user.factoryIds };
}

export function orderInScope(user: User, order: Order): boolean {
  if (seesEverything(user)) return true;
  if (user.role === 'merchandiser') return order.merchandiserId === user.id;
  return user.factoryIds.includes(order.factoryId);
}
