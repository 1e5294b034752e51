/**
 * Runs inside the app's page (same origin as its IndexedDB): writes one in-progress inspection
 * with `samples` sample garments × every point of measure of a pulled spec sheet, and `defects`
 * defects, straight into the Dexie stores — the shape a long day of entry leaves behind.
 * Passed to page.evaluate, so it must be self-contained.
 */
export async function seedBigInspection(input: {
  inspectionId: string;
  samples: number;
  defects: number;
  idPrefix: string;
}): Promise<{ readings: number; defects: number }> {
  const open = (): Promise<IDBDatabase> =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('qc-inspect');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const db = await open();
  const getAll = <T>(store: string): Promise<T[]> =>
    new Promise((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error);
    });
  type Sheet = { id: string; sizes: string[]; points: { code: string; targets: Record<string, number> }[] };
  type OrderRow = {
    id: string;
    factoryId: string;
    specSheetId: string;
    checklistId: string;
    defectLibraryId: string;
    version: number;
    aqlPreset: unknown;
  };
  const sheets = await getAll<Sheet>('specSheets');
  const orders = await getAll<OrderRow>('orders');
  const session = (await getAll<{ key: string; value: { id: string } }>('meta')).find(
    (row) => row.key === 'session',
  );
  const sheet = sheets.find((candidate) => candidate.points.length >= 10) ?? sheets[0];
  const order = orders.find((candidate) => candidate.specSheetId === sheet?.id);
  if (!sheet || !order || !session) throw new Error('pull demo data and log in before seeding');

  const now = new Date().toISOString();
  // UUID-shaped ids: prefix (8 hex) + counter, valid for the shared schemas.
  const id = (n: number) => `${input.idPrefix}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
  const inspection = {
    id: input.inspectionId,
    orderId: order.id,
    factoryId: order.factoryId,
    inspectorId: session.value.id,
    stage: 'final',
    status: 'in_progress',
    startedAt: now,
    submittedAt: null,
    lotSize: 5000,
    cartons: 200,
    aql: order.aqlPreset,
    orderVersion: order.version,
    specSheetId: sheet.id,
    checklistId: order.checklistId,
    defectLibraryId: order.defectLibraryId,
    reinspectionOf: null,
    recommendation: null,
    recommendationReason: null,
    planOverrideReason: null,
  };
  const measurements: Record<string, unknown>[] = [];
  let n = 1;
  for (let sample = 1; sample <= input.samples; sample++) {
    const size = sheet.sizes[(sample - 1) % sheet.sizes.length] ?? 'M';
    for (const point of sheet.points.slice(0, 10)) {
      const target = point.targets[size] ?? 50;
      measurements.push({
        id: id(n++),
        inspectionId: inspection.id,
        sampleNo: sample,
        size,
        pomCode: point.code,
        value: Math.round((target + ((sample % 7) - 3) * 0.25) * 100) / 100,
        createdAt: now,
        deletedAt: null,
      });
    }
  }
  const codes = ['FAB-001', 'FAB-011', 'STI-001', 'APP-003', 'CON-002'];
  const severities = ['critical', 'major', 'minor'];
  const defects: Record<string, unknown>[] = [];
  for (let i = 0; i < input.defects; i++) {
    defects.push({
      id: id(n++),
      inspectionId: inspection.id,
      code: codes[i % codes.length],
      severity: severities[i % 3],
      quantity: 1,
      sampleNo: (i % input.samples) + 1,
      colour: null,
      size: null,
      carton: null,
      location: null,
      note: null,
      createdAt: now,
      deletedAt: null,
    });
  }
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['inspections', 'measurements', 'defects'], 'readwrite');
    tx.objectStore('inspections').put(inspection);
    for (const row of measurements) tx.objectStore('measurements').put(row);
    for (const row of defects) tx.objectStore('defects').put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return { readings: measurements.length, defects: defects.length };
}
