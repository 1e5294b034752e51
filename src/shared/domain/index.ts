/** Public API of the inspection rules engine. Pure TypeScript: no DOM, storage or Node imports. */
export * from './errors';
export {
  AQL_SERIES,
  CODE_LETTERS,
  INSPECTION_LEVELS,
  INSPECTION_SEVERITIES,
  REDUCED_SAMPLE_SIZES,
  SAMPLE_SIZES,
  aqlIndex,
  isInspectionLevel,
} from './aql';
export type { Aql, CodeLetter, InspectionLevel, InspectionSeverity, PlanLetter } from './aql';
export {
  MASTER_TABLES_SOURCE,
  REDUCED_INSPECTION_SOURCE,
  codeLetterFor,
  masterPlan,
  samplingPlan,
  tighterAcceptNumber,
  tighterAql,
} from './sampling';
export type { SamplingInput, SamplingPlan } from './sampling';
export { DEFECT_CLASSES, inspectionPlans } from './plans';
export type { ClassPlan, DefectClass, InspectionPlanConfig, InspectionPlans } from './plans';
export { initialSwitchingState, nextSwitchingScore, switchingState } from './switching';
export type {
  ResumeAfterCorrectiveAction,
  SwitchingEvent,
  SwitchingEventCode,
  SwitchingHistoryItem,
  SwitchingLot,
  SwitchingMode,
  SwitchingOptions,
  SwitchingState,
} from './switching';
export { computeVerdict, withComputed } from './verdict';
export type {
  AttributeCount,
  ChecklistItem,
  CheckStatus,
  ComputedResult,
  InspectionOutcome,
  OfficeDecision,
  Recommendation,
  VerdictInput,
  VerdictReason,
  VerdictReasonCode,
  VerdictResult,
} from './verdict';
export {
  CM_PER_INCH,
  convertLength,
  judgeReading,
  parseDeviation,
  parseReading,
  readingFromDeviation,
  validatePomSpec,
} from './tolerance';
export type { JudgedReading, LengthUnit, PomSpec, ReadingStatus } from './tolerance';
export { formatInchFraction, parseInchFraction, parseInchSixteenths, toSixteenths } from './fractions';
export { summarizeMeasurements } from './measurements';
export type { MeasurementReading, MeasurementSummary, PomSummary, SampleSummary } from './measurements';
export { defectPoints, rollPoints, scoreFabricLot, scoreRoll } from './fabric';
export type {
  FabricDefect,
  FabricRoll,
  FourPointConfig,
  HolePointsMode,
  LotFabricResult,
  RollResult,
} from './fabric';
export { allocateSample, cartonsToOpen, drawCartons } from './draw';
export type { CartonRule, OrderLine } from './draw';
export { seededRandom } from './random';
