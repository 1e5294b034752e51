import { describe, expect, it } from 'vitest';
import { Checklist } from '../../../src/shared/schema/checklist';
import { DefectGroupCode, DefectLibrary } from '../../../src/shared/schema/defect-library';
import {
  appearanceCheckpoints,
  demoChecklist,
  demoDefectLibrary,
  fabricDefects,
  garmentDefects,
} from '../../../sync-server/seed/catalog';

/** Seed 000 §10.1 numbers its fabric defects 1..53 (entry 27's name is masked as "**"). */
const SOURCE_FABRIC_DEFECT_COUNT = 53;

/** Every string anywhere in a value, with its path. */
function strings(value: unknown, path = '$'): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  }
  return [];
}

const duplicates = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

describe('demo defect library', () => {
  const library = demoDefectLibrary();

  it('parses with the DefectLibrary schema', () => {
    expect(DefectLibrary.parse(library)).toEqual(library);
    expect(library).toMatchObject({ libraryId: 'garment-qc', version: 1 });
  });

  it('has unique defect codes and unique group entries', () => {
    expect(duplicates(library.defects.map((d) => d.code))).toEqual([]);
    expect(duplicates(library.groups.map((g) => g.code))).toEqual([]);
  });

  it('names every group used by a defect, and lists no unused group', () => {
    const used = new Set(library.defects.map((d) => d.group));
    expect(new Set(library.groups.map((g) => g.code))).toEqual(used);
  });

  it('uses code prefixes that match the group', () => {
    const prefix: Partial<Record<DefectGroupCode, string>> = {
      fabric: 'FAB',
      appearance: 'APP',
      buttons: 'BTN',
      interlining: 'INT',
      zipper: 'ZIP',
      eyelets_hooks: 'EYE',
      belt: 'BLT',
      labels: 'LBL',
      stitching: 'STI',
      packing: 'PKG',
      accessories: 'ACC',
      construction: 'CON',
    };
    for (const d of library.defects) expect(d.code.split('-')[0], d.code).toBe(prefix[d.group]);
  });

  it('has no empty or blank strings', () => {
    expect(strings(library).filter(([, s]) => s.trim() === '')).toEqual([]);
  });

  it('holds every fabric defect of seed 000 §10.1, numbered in source order', () => {
    expect(fabricDefects).toHaveLength(SOURCE_FABRIC_DEFECT_COUNT);
    expect(library.defects.filter((d) => d.group === 'fabric')).toHaveLength(SOURCE_FABRIC_DEFECT_COUNT);
    fabricDefects.forEach((d, i) => expect(d.code).toBe(`FAB-${String(i + 1).padStart(3, '0')}`));
    for (const d of fabricDefects) expect(d.cause, d.code).toBeDefined();
  });

  it.each([
    ['FAB-003', '横档'],
    ['FAB-014', '吊经'],
    ['FAB-022', '孔'],
    ['FAB-023', '少经'],
    ['FAB-042', '色变档'],
    ['FAB-045', '粗节纱'],
    ['FAB-052', '稀纬'],
    ['FAB-053', '水渍'],
  ])('has %s = %s', (code, zh) => {
    expect(fabricDefects.find((d) => d.name.zh === zh)?.code).toBe(code);
  });

  it('keeps the Chinese fabric names unique (source repeats are qualified)', () => {
    expect(duplicates(fabricDefects.map((d) => d.name.zh))).toEqual([]);
  });

  it('makes safety defects critical', () => {
    const critical = library.defects.filter((d) => d.defaultSeverity === 'critical').map((d) => d.code);
    expect(critical).toContain('ACC-001');
    expect(library.defects.find((d) => d.code === 'FAB-022')?.defaultSeverity).toBe('major');
  });

  it('returns a fresh copy on every call', () => {
    const a = demoDefectLibrary();
    a.defects[0]!.name.zh = 'changed';
    expect(demoDefectLibrary().defects[0]!.name.zh).not.toBe('changed');
    expect(garmentDefects.every((d) => d.group !== 'fabric')).toBe(true);
  });
});

describe('demo checklist', () => {
  const checklist = demoChecklist();

  it('parses with the Checklist schema', () => {
    expect(Checklist.parse(checklist)).toEqual(checklist);
    expect(checklist).toMatchObject({ checklistId: 'garment-final', version: 1 });
  });

  it('has unique item codes whose prefix matches the group', () => {
    expect(duplicates(checklist.items.map((i) => i.code))).toEqual([]);
    const prefix = { appearance: 'APC', functional: 'FNC', packing: 'PKC', labelling: 'LBC' } as const;
    for (const item of checklist.items) expect(item.code.split('-')[0], item.code).toBe(prefix[item.group]);
  });

  it('has the 18 appearance checkpoints of seed 000 §三', () => {
    const appearance = checklist.items.filter((i) => i.group === 'appearance');
    expect(appearance).toHaveLength(18);
    expect(appearanceCheckpoints).toHaveLength(18);
    appearance.forEach((i, n) => expect(i.code).toBe(`APC-${String(n + 1).padStart(3, '0')}`));
  });

  it('covers functional, packing and labelling checks; needle detection needs a photo', () => {
    for (const group of ['functional', 'packing', 'labelling'] as const) {
      expect(
        checklist.items.some((i) => i.group === group),
        group,
      ).toBe(true);
    }
    const needle = checklist.items.find((i) => i.text.zh.includes('验针'));
    expect(needle?.requiresPhoto).toBe(true);
  });

  it('has no empty or blank strings', () => {
    expect(strings(checklist).filter(([, s]) => s.trim() === '')).toEqual([]);
  });
});
