import type { Kysely } from 'kysely';
import type { Inspection } from '../../src/shared/schema/inspection';
import type { Order } from '../../src/shared/schema/order';
import type { User } from '../../src/shared/schema/user';
import type { Schema } from './schema';

/**
 * Reads of single records by key. `data` was written from a schema-parsed record by
 * db/records.ts, so it is trusted here without re-validation.
 */
const parse = <T>(row: { data: string } | undefined): T | undefined =>
  row ? (JSON.parse(row.data) as T) : undefined;

export async function findUserByUsername(
  db: Kysely<Schema>,
  username: string,
): Promise<{ user: User; passwordHash: string } | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['data', 'password_hash'])
    .where('username', '=', username)
    .executeTakeFirst();
  return row ? { user: JSON.parse(row.data) as User, passwordHash: row.password_hash } : undefined;
}

export const findUser = async (db: Kysely<Schema>, id: string): Promise<User | undefined> =>
  parse<User>(await db.selectFrom('users').select('data').where('id', '=', id).executeTakeFirst());

export const findOrder = async (db: Kysely<Schema>, id: string): Promise<Order | undefined> =>
  parse<Order>(await db.selectFrom('orders').select('data').where('id', '=', id).executeTakeFirst());

export const findInspection = async (db: Kysely<Schema>, id: string): Promise<Inspection | undefined> =>
  parse<Inspection>(
    await db.selectFrom('inspections').select('data').where('id', '=', id).executeTakeFirst(),
  );
