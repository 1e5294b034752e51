/** Hands an export to the user as a file (Blob + `<a download>`: works offline, no server). */
import type { QcDb } from '../../db/db';
import { buildUnsyncedExport, exportFileName, type ExportSelection } from './build-export';

export const downloadUnsyncedExport = async (
  db: QcDb,
  selection: ExportSelection = {},
  now: () => number = Date.now,
): Promise<string> => {
  const data = await buildUnsyncedExport(db, now, selection);
  const file = exportFileName(now());
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers (iOS Safari) read the URL after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return file;
};
