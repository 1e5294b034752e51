import type { User } from '../../../src/shared/schema/user';
import type { Mutation } from '../../../src/shared/sync-protocol';
import {
  CHECKLIST_ANSWERS,
  DEFECTS,
  FABRIC_DEFECTS,
  FABRIC_ROLLS,
  MEASUREMENTS,
  PACKING_CHECKS,
  PHOTOS,
  RECTIFICATIONS,
  SIGNATURES,
} from '../../db/evidence-kinds';
import type { Tx } from '../../db/write-transaction';
import { addEvidence, removeEvidence } from './evidence';
import { startInspection, submitInspection, updateInspection } from './inspection';
import type { Outcome } from './outcome';

export type { Outcome } from './outcome';

/**
 * Validates, authorises and applies one parsed mutation inside the push transaction. The switch
 * is exhaustive over the shared contract, so a new mutation name fails the type check here.
 */
export function applyMutation(trx: Tx, user: User, mutation: Mutation): Promise<Outcome> {
  switch (mutation.name) {
    case 'inspection.start':
      return startInspection(trx, user, mutation.args);
    case 'inspection.update':
      return updateInspection(trx, user, mutation.args);
    case 'inspection.submit':
      return submitInspection(trx, user, mutation.args);
    case 'defect.add':
      return addEvidence(trx, user, DEFECTS, mutation.args);
    case 'defect.remove':
      return removeEvidence(trx, user, DEFECTS, mutation.args);
    case 'measurement.add':
      return addEvidence(trx, user, MEASUREMENTS, mutation.args);
    case 'measurement.remove':
      return removeEvidence(trx, user, MEASUREMENTS, mutation.args);
    case 'checklist.answer':
      return addEvidence(trx, user, CHECKLIST_ANSWERS, mutation.args);
    case 'rectification.add':
      return addEvidence(trx, user, RECTIFICATIONS, mutation.args);
    case 'rectification.remove':
      return removeEvidence(trx, user, RECTIFICATIONS, mutation.args);
    case 'signature.add':
      return addEvidence(trx, user, SIGNATURES, mutation.args);
    case 'photo.add':
      return addEvidence(trx, user, PHOTOS, mutation.args);
    case 'photo.remove':
      return removeEvidence(trx, user, PHOTOS, mutation.args);
    case 'packing.check':
      return addEvidence(trx, user, PACKING_CHECKS, mutation.args);
    case 'fabric_roll.add':
      return addEvidence(trx, user, FABRIC_ROLLS, mutation.args);
    case 'fabric_roll.remove':
      return removeEvidence(trx, user, FABRIC_ROLLS, mutation.args);
    case 'fabric_defect.add':
      return addEvidence(trx, user, FABRIC_DEFECTS, mutation.args);
    case 'fabric_defect.remove':
      return removeEvidence(trx, user, FABRIC_DEFECTS, mutation.args);
  }
}
