/** Bridges the spec-sheet record to the rules engine: units, per-size POM specs and display. */
import { formatInchFraction, type LengthUnit, type PomSpec } from '../../shared/domain';
import type { MeasureUnit, PointOfMeasure, SpecSheet } from '../../shared/schema';

/** The record says 'inch', the engine says 'in'. */
export const lengthUnit = (unit: MeasureUnit): LengthUnit => (unit === 'inch' ? 'in' : 'cm');

/** The spec of one POM for one size; null when the sheet grades no target for that size. */
export const pomSpec = (pom: PointOfMeasure, size: string, unit: MeasureUnit): PomSpec | null => {
  const target = pom.targets[size];
  if (target === undefined) return null;
  return {
    id: pom.code,
    target,
    minus: pom.tolMinus,
    plus: pom.tolPlus,
    unit: lengthUnit(unit),
    critical: pom.critical,
  };
};

/** Inches as the trade writes them ("12 3/8"); cm to the hundredth, no trailing zeros. */
export const formatLength = (value: number, unit: LengthUnit, withSign = false): string => {
  if (unit === 'in') return formatInchFraction(value, { withSign });
  const rounded = Math.round(value * 100) / 100 || 0;
  return `${withSign && rounded > 0 ? '+' : ''}${rounded}`;
};

/** The sizes being measured: the chosen ones in sheet order, or all sizes when nothing is chosen. */
export const chosenSizes = (sheet: SpecSheet, chosen: readonly string[] | null): string[] => {
  const picked = chosen ? sheet.sizes.filter((s) => chosen.includes(s)) : [];
  return picked.length > 0 ? picked : [...sheet.sizes];
};
