/** Builders of valid shared records for client tests; each call gets fresh ids and its own DB name. */
import { openQcDb, type QcDb } from '../../src/db/db';
import { createUuidV7 } from '../../src/db/ids';
import type { Defect, Factory, Order } from '../../src/shared/schema';

const id = createUuidV7();
let dbCounter = 0;

/** An isolated database per test: fake-indexeddb keeps them apart by name. */
export const freshDb = (): QcDb => openQcDb(`test-${process.pid}-${(dbCounter += 1)}`);

export const buildFactory = (overrides: Partial<Factory> = {}): Factory => ({
  id: id(),
  code: 'HM',
  name: { zh: '华美制衣', en: 'Huamei Garments' },
  ...overrides,
});

export const buildOrder = (overrides: Partial<Order> = {}): Order => ({
  id: id(),
  po: 'NW-26-4411',
  customer: 'Northwind Apparel Ltd.',
  factoryId: id(),
  merchandiserId: null,
  styleCode: 'MS-OX-2611',
  styleName: { zh: '男式牛津纺长袖衬衫', en: "Men's Oxford Long-Sleeve Shirt" },
  colours: [{ code: 'WHT', name: { zh: '白色', en: 'White' } }],
  sizes: ['M', 'L'],
  lines: [
    { colour: 'WHT', size: 'M', quantity: 600 },
    { colour: 'WHT', size: 'L', quantity: 400 },
  ],
  exFactoryDate: '2026-12-18',
  currentStage: 'final',
  aqlPreset: { level: 'II', critical: null, major: 2.5, minor: 4 },
  specSheetId: id(),
  checklistId: id(),
  defectLibraryId: id(),
  status: 'open',
  version: 3,
  ...overrides,
});

export const buildDefect = (overrides: Partial<Defect> = {}): Defect => ({
  id: id(),
  inspectionId: id(),
  code: 'FAB-001',
  severity: 'major',
  quantity: 1,
  sampleNo: null,
  colour: null,
  size: null,
  carton: null,
  location: null,
  note: null,
  createdAt: '2026-11-20T08:00:00.000Z',
  deletedAt: null,
  ...overrides,
});

export const newTestId = id;
