import { Checklist } from '../../src/shared/schema/checklist';
import { DefectLibrary } from '../../src/shared/schema/defect-library';
import { Factory } from '../../src/shared/schema/factory';
import { Order } from '../../src/shared/schema/order';
import { SpecSheet } from '../../src/shared/schema/spec-sheet';
import { User } from '../../src/shared/schema/user';
import type { Database } from '../db/open';
import { insertCatalogue, insertFactory, insertOrder, insertUser } from '../db/records';
import { writeTransaction } from '../db/write-transaction';
import { hashPassword } from '../services/passwords';
import { demoChecklist, demoDefectLibrary } from './catalog';
import { demoOrders } from './demo-orders';
import { demoAccounts, demoFactories } from './demo-people';
import { demoSpecSheets } from './demo-spec-sheets';

/**
 * Seeds the demo data through the same write path as sync (db/records.ts), so every seeded
 * record is in the change log and pullable. Safe on every start: ids are fixed and inserts are
 * insert-if-absent, so a second run adds nothing. Every record is parsed with the shared
 * schema first, so demo data can never drift from the contract unnoticed.
 */
export interface SeedReport {
  inserted: number;
}

export async function seedDemo(database: Database): Promise<SeedReport> {
  const library = DefectLibrary.parse(demoDefectLibrary());
  const checklist = Checklist.parse(demoChecklist());
  const factories = demoFactories().map((f) => Factory.parse(f));
  const accounts = demoAccounts().map((a) => ({ ...a, user: User.parse(a.user) }));
  const sheets = demoSpecSheets().map((s) => SpecSheet.parse(s));
  const orders = demoOrders({ checklistId: checklist.id, defectLibraryId: library.id }).map((o) =>
    Order.parse(o),
  );

  // Hash only for accounts not yet stored: scrypt is deliberately slow.
  const existing = new Set(
    (await database.db.selectFrom('users').select('id').execute()).map((row) => row.id),
  );
  const missing = await Promise.all(
    accounts
      .filter((a) => !existing.has(a.user.id))
      .map(async (a) => ({ user: a.user, hash: await hashPassword(a.password) })),
  );

  return writeTransaction(database, async (trx) => {
    const results: boolean[] = [];
    for (const f of factories) results.push(await insertFactory(trx, f));
    for (const a of missing) results.push(await insertUser(trx, a.user, a.hash));
    results.push(await insertCatalogue(trx, { entity: 'defect_library', record: library }));
    results.push(await insertCatalogue(trx, { entity: 'checklist', record: checklist }));
    for (const s of sheets) results.push(await insertCatalogue(trx, { entity: 'spec_sheet', record: s }));
    for (const o of orders) results.push(await insertOrder(trx, o));
    return { inserted: results.filter(Boolean).length };
  });
}
