/**
 * Which local records a queued mutation refers to, so an export holds the data itself and not
 * only the change. Every mutation names its record by `args.id`; evidence also names its
 * inspection, which is exported too so the file can be read without the phone.
 */
import type { QcDb } from '../../db/db';
import type { Mutation, MutationName } from '../../shared/sync-protocol';

export type RecordTable =
  | 'inspections'
  | 'defects'
  | 'measurements'
  | 'checklistAnswers'
  | 'rectifications'
  | 'signatures'
  | 'photos'
  | 'packingChecks'
  | 'fabricRolls'
  | 'fabricDefects';

/** The prefix of a mutation name is its entity; a Record keeps the map exhaustive. */
const TABLE_OF: Record<MutationName extends `${infer E}.${string}` ? E : never, RecordTable> = {
  inspection: 'inspections',
  defect: 'defects',
  measurement: 'measurements',
  checklist: 'checklistAnswers',
  rectification: 'rectifications',
  signature: 'signatures',
  photo: 'photos',
  packing: 'packingChecks',
  fabric_roll: 'fabricRolls',
  fabric_defect: 'fabricDefects',
};

export const tableOf = (name: MutationName): RecordTable =>
  TABLE_OF[name.split('.')[0] as keyof typeof TABLE_OF];

export interface Reference {
  table: RecordTable;
  id: string;
}

export const referencesOf = (mutation: Pick<Mutation, 'name' | 'args'>): Reference[] => {
  const refs: Reference[] = [{ table: tableOf(mutation.name), id: mutation.args.id }];
  if ('inspectionId' in mutation.args && typeof mutation.args.inspectionId === 'string')
    refs.push({ table: 'inspections', id: mutation.args.inspectionId });
  return refs;
};

/** The referenced records that exist on the phone, grouped by table, each once. */
export const loadReferences = async (
  db: QcDb,
  mutations: Pick<Mutation, 'name' | 'args'>[],
): Promise<Partial<Record<RecordTable, unknown[]>>> => {
  const wanted = new Map<RecordTable, Set<string>>();
  for (const ref of mutations.flatMap(referencesOf)) {
    const ids = wanted.get(ref.table) ?? new Set<string>();
    ids.add(ref.id);
    wanted.set(ref.table, ids);
  }
  const records: Partial<Record<RecordTable, unknown[]>> = {};
  for (const [table, ids] of wanted) {
    const rows = await db.table(table).bulkGet([...ids].sort());
    records[table] = rows.filter((row) => row !== undefined);
  }
  return records;
};
