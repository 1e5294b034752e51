import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { MessageKey } from '../../app/i18n';
import { useDb } from '../../db/context';
import { InspectionLockedError } from '../../db/repositories/inspections';
import {
  currentPackingChecks,
  ExpectedPiecesMissingError,
  OrderMissingError,
} from '../../db/repositories/packing';

/** Current check per (kind, cartonNo) of one inspection, live. `undefined` while loading. */
export const useCurrentPacking = (inspectionId: string) => {
  const db = useDb();
  return useLiveQuery(() => currentPackingChecks(db, inspectionId), [db, inspectionId]);
};

const failureKey = (error: unknown): MessageKey =>
  error instanceof InspectionLockedError
    ? 'packing.error.locked'
    : error instanceof ExpectedPiecesMissingError
      ? 'packing.error.expectedMissing'
      : error instanceof OrderMissingError
        ? 'packing.error.orderMissing'
        : 'packing.error.saveFailed';

/** Runs one packing command and keeps a translated error for the screen if it is refused. */
export const usePackingCommand = () => {
  const [error, setError] = useState<MessageKey | null>(null);
  const run = (command: () => Promise<unknown>) => {
    setError(null);
    command().catch((failure: unknown) => setError(failureKey(failure)));
  };
  return { error, run, fail: setError };
};
