import type { MeasureUnit, PointOfMeasure, SpecSheet } from '../../src/shared/schema/spec-sheet';
import { SPEC_SHEET, type StyleKey } from './demo-ids';
import { DEMO_SIZES } from './demo-orders';

/**
 * One spec sheet per demo style: ~10 points of measure with the size-M target, the grade
 * (step between neighbouring sizes) and the tolerance. The chinos are specified in inches
 * with the fractional values (1/4, 3/8, 1/2) US buyers use; binary floats hold them exactly.
 */
type Row = [code: string, zh: string, en: string, m: number, grade: number, tol: number, critical?: boolean];

const SHEETS: Record<StyleKey, { styleCode: string; unit: MeasureUnit; rows: Row[] }> = {
  shirt: {
    styleCode: 'MS-OX-2611',
    unit: 'cm',
    rows: [
      ['A01', '后中衣长', 'Body length (CB)', 78, 1.5, 1, true],
      ['A02', '1/2 胸围', '1/2 Chest', 56, 2.5, 1, true],
      ['A03', '1/2 腰围', '1/2 Waist', 52, 2.5, 1],
      ['A04', '1/2 下摆', '1/2 Bottom hem', 54, 2.5, 1],
      ['A05', '肩宽', 'Shoulder width', 46, 1.2, 0.8],
      ['A06', '袖长', 'Sleeve length', 64, 1, 1],
      ['A07', '1/2 袖肥', '1/2 Bicep', 20.5, 0.7, 0.5],
      ['A08', '袖头长', 'Cuff length', 24, 0.5, 0.5],
      ['A09', '领围', 'Collar length', 40, 1, 0.5],
      ['A10', '领尖长', 'Collar point length', 7.5, 0, 0.3],
    ],
  },
  tee: {
    styleCode: 'WK-TC-3302',
    unit: 'cm',
    rows: [
      ['B01', '肩颈点衣长', 'Body length (HPS)', 62, 1.5, 1, true],
      ['B02', '1/2 胸围', '1/2 Chest', 46, 2.5, 1, true],
      ['B03', '1/2 腰围', '1/2 Waist', 43, 2.5, 1],
      ['B04', '1/2 下摆', '1/2 Bottom hem', 47, 2.5, 1],
      ['B05', '肩宽', 'Shoulder width', 37, 1, 0.8],
      ['B06', '袖长', 'Sleeve length', 16, 0.5, 0.5],
      ['B07', '1/2 袖口', '1/2 Sleeve opening', 15, 0.5, 0.5],
      ['B08', '领宽', 'Neck width', 18, 0.5, 0.5],
      ['B09', '前领深', 'Front neck drop', 9, 0.3, 0.5],
      ['B10', '领条高', 'Neckband height', 2, 0, 0.2],
    ],
  },
  hoodie: {
    styleCode: 'KH-HS-1207',
    unit: 'cm',
    rows: [
      ['C01', '后中衣长', 'Body length (CB)', 50, 2.5, 1, true],
      ['C02', '1/2 胸围', '1/2 Chest', 44, 2, 1, true],
      ['C03', '肩宽', 'Shoulder width', 35, 1.5, 0.8],
      ['C04', '袖长', 'Sleeve length', 45, 2.5, 1],
      ['C05', '1/2 袖肥', '1/2 Bicep', 16, 0.7, 0.5],
      ['C06', '1/2 袖口罗纹', '1/2 Cuff rib (relaxed)', 8.5, 0.3, 0.5],
      ['C07', '1/2 下摆罗纹', '1/2 Bottom rib (relaxed)', 38, 2, 1],
      ['C08', '帽高', 'Hood height', 31, 1, 1],
      ['C09', '帽宽', 'Hood width', 21, 0.5, 0.5],
      ['C10', '袋口宽', 'Pouch pocket opening', 27, 1, 0.5],
    ],
  },
  chinos: {
    styleCode: 'MT-CH-5140',
    unit: 'inch',
    rows: [
      ['D01', '1/2 腰围 (平量)', '1/2 Waist (relaxed)', 16, 1, 0.5, true],
      ['D02', '1/2 臀围', '1/2 Hip', 20.5, 1, 0.5],
      ['D03', '前裆长', 'Front rise', 10.25, 0.375, 0.25],
      ['D04', '后裆长', 'Back rise', 15, 0.5, 0.375],
      ['D05', '内长', 'Inseam', 32, 0, 0.5, true],
      ['D06', '1/2 大腿围', '1/2 Thigh', 12.25, 0.5, 0.375],
      ['D07', '1/2 膝围', '1/2 Knee (13" below crotch)', 9, 0.375, 0.25],
      ['D08', '1/2 脚口', '1/2 Leg opening', 7.75, 0.25, 0.25],
      ['D09', '腰头高', 'Waistband height', 1.5, 0, 0.125],
      ['D10', '门襟长', 'Fly length', 7.25, 0.25, 0.25],
    ],
  },
  jacket: {
    styleCode: 'WD-JK-8806',
    unit: 'cm',
    rows: [
      ['E01', '后中衣长', 'Body length (CB)', 66, 1.5, 1, true],
      ['E02', '1/2 胸围', '1/2 Chest', 58, 2.5, 1.5, true],
      ['E03', '1/2 下摆', '1/2 Bottom hem', 56, 2.5, 1.5],
      ['E04', '肩宽', 'Shoulder width', 42, 1.2, 1],
      ['E05', '袖长', 'Sleeve length', 62, 1, 1],
      ['E06', '1/2 袖肥', '1/2 Bicep', 21, 0.8, 0.8],
      ['E07', '1/2 袖口', '1/2 Cuff opening', 11, 0.5, 0.5],
      ['E08', '帽高', 'Hood height', 36, 1, 1],
      ['E09', '领高', 'Collar height', 8, 0, 0.5],
      ['E10', '前中拉链长', 'Centre-front zip length', 63, 1.5, 0.5],
    ],
  },
  dress: {
    styleCode: 'WC-DR-4419',
    unit: 'cm',
    rows: [
      ['F01', '肩颈点衣长', 'Body length (HPS)', 110, 1.5, 1.5, true],
      ['F02', '1/2 胸围', '1/2 Bust', 46, 2.5, 1, true],
      ['F03', '1/2 腰围', '1/2 Waist', 38, 2.5, 1],
      ['F04', '1/2 臀围', '1/2 Hip', 50, 2.5, 1],
      ['F05', '1/2 下摆围', '1/2 Hem sweep', 90, 3, 2],
      ['F06', '肩宽', 'Shoulder width', 37, 1, 0.8],
      ['F07', '袖长', 'Sleeve length', 20, 0.5, 0.5],
      ['F08', '1/2 袖窿', '1/2 Armhole (straight)', 20, 1, 0.5],
      ['F09', '领宽', 'Neck width', 19, 0.5, 0.5],
      ['F10', '前领深', 'Front neck drop', 10, 0.5, 0.5],
    ],
  },
};

const M_INDEX = DEMO_SIZES.indexOf('M');

function pointOf([code, zh, en, m, grade, tol, critical = false]: Row): PointOfMeasure {
  // Rounded to 1/1000 so grading steps like 0.7 do not leave float noise (19.799999…).
  const at = (i: number) => Math.round((m + (i - M_INDEX) * grade) * 1000) / 1000;
  const targets = Object.fromEntries(DEMO_SIZES.map((size, i) => [size, at(i)]));
  return { code, name: { zh, en }, critical, tolMinus: tol, tolPlus: tol, targets };
}

export const demoSpecSheets = (): SpecSheet[] =>
  (Object.keys(SHEETS) as StyleKey[]).map((key) => ({
    id: SPEC_SHEET[key],
    styleCode: SHEETS[key].styleCode,
    version: 1,
    unit: SHEETS[key].unit,
    sizes: [...DEMO_SIZES],
    points: SHEETS[key].rows.map(pointOf),
  }));
