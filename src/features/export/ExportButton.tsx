import { useState } from 'react';
import { errorKey, useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import { errorCodeOf } from '../../sync/http';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatBytes } from '../photos/storage';
import { estimateExportBytes, type ExportSelection } from './build-export';
import { downloadUnsyncedExport } from './download';

/** Above this the user is warned first: a file this big is slow to save and to send on. */
const WARN_BYTES = 20 * 1024 * 1024;

interface Props {
  /** Photos not yet uploaded, for the size warning (a full export carries them all). */
  pendingPhotos: number;
  pendingPhotoBytes: number;
  entries: number;
  selection?: ExportSelection;
  label?: string;
  testId?: string;
}

/** "Export unsynced data": builds the JSON file, warning first when photos make it large. */
export const ExportButton = ({
  pendingPhotos,
  pendingPhotoBytes,
  entries,
  selection,
  label,
  testId,
}: Props) => {
  const t = useT();
  const db = useDb();
  const [state, setState] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const size = estimateExportBytes(selection ? 0 : pendingPhotoBytes, entries);
  const run = async () => {
    setState('busy');
    try {
      setMessage(t('export.done', { file: await downloadUnsyncedExport(db, selection) }));
    } catch (error) {
      setMessage(t('export.failed', { reason: t(errorKey(errorCodeOf(error))) }));
    } finally {
      setState('idle');
    }
  };
  return (
    <>
      <button
        type="button"
        className="btn btn-small"
        data-testid={testId ?? 'export-unsynced'}
        disabled={state === 'busy'}
        onClick={() => (size > WARN_BYTES ? setState('confirm') : void run())}
      >
        {state === 'busy' ? t('export.busy') : (label ?? t('export.button'))}
      </button>
      {message && (
        <span className="muted" role="status">
          {message}
        </span>
      )}
      {state === 'confirm' && (
        <ConfirmDialog
          testId="export-size-dialog"
          title={t('export.sizeTitle')}
          confirmLabel={t('export.sizeConfirm')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => void run()}
          onCancel={() => setState('idle')}
        >
          <p>{t('export.sizeBody', { size: formatBytes(size), count: pendingPhotos })}</p>
        </ConfirmDialog>
      )}
    </>
  );
};
