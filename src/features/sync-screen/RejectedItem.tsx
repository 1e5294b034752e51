import { useState } from 'react';
import { errorKey, useFormatDateTime, useT } from '../../app/i18n';
import { useDb } from '../../db/context';
import type { RejectedEntry } from '../../db/db';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ExportButton } from '../export/ExportButton';
import { discardRejected, fixFor } from './rejected';

/** One refused change: what, when, why, and the two explicit actions (discard; fix or copy). */
export const RejectedItem = ({ entry }: { entry: RejectedEntry }) => {
  const t = useT();
  const db = useDb();
  const formatDateTime = useFormatDateTime();
  const [confirming, setConfirming] = useState(false);
  const fix = fixFor(entry.code);
  return (
    <li className="card" data-testid="rejected-entry" data-seq={entry.seq} data-code={entry.code ?? ''}>
      <strong>{t(`mutation.${entry.name}`)}</strong> <span className="muted">#{entry.seq}</span>
      <br />
      <span className="muted">{t('rejected.when', { time: formatDateTime(entry.at) })}</span>
      <br />
      {t('rejected.reason', { reason: t(errorKey(entry.code ?? 'invalid-mutation')) })}
      {fix === 'contact-office' && <p className="muted">{t('rejected.contactOffice')}</p>}
      <div className="dialog-actions">
        <button
          type="button"
          className="btn btn-small"
          data-testid="rejected-discard"
          onClick={() => setConfirming(true)}
        >
          {t('rejected.discard')}
        </button>
        <ExportButton
          pendingPhotos={0}
          pendingPhotoBytes={0}
          entries={1}
          selection={{ outboxSeqs: [], rejectedSeqs: [entry.seq] }}
          label={fix === 'keep-copy' ? t('rejected.keepCopy') : t('export.button')}
          testId="rejected-export"
        />
      </div>
      {confirming && (
        <ConfirmDialog
          testId="rejected-discard-dialog"
          title={t('rejected.discardTitle')}
          confirmLabel={t('rejected.discard')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => {
            setConfirming(false);
            void discardRejected(db, entry.seq);
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('rejected.discardBody')}</p>
        </ConfirmDialog>
      )}
    </li>
  );
};
