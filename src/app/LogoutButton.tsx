import { useState } from 'react';
import { useDb } from '../db/context';
import { useOutboxCount } from '../db/hooks';
import { ExportButton } from '../features/export/ExportButton';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useT } from './i18n';
import { href, navigate } from './router';
import { api, usePhotoProgress } from './services';
import { signOut } from './session';

/** Logging out keeps the outbox; with unsynced work the user must confirm explicitly. */
export const LogoutButton = () => {
  const t = useT();
  const db = useDb();
  const pending = useOutboxCount() ?? 0;
  const photos = usePhotoProgress();
  const [confirming, setConfirming] = useState(false);
  const logout = async () => {
    setConfirming(false);
    await signOut(db, api);
    navigate(href.login());
  };
  return (
    <>
      <button
        type="button"
        className="btn btn-small"
        data-testid="logout"
        onClick={() => (pending > 0 ? setConfirming(true) : void logout())}
      >
        {t('logout.button')}
      </button>
      {confirming && (
        <ConfirmDialog
          testId="logout-dialog"
          title={t('logout.confirmTitle')}
          confirmLabel={t('logout.confirm')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => void logout()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('logout.confirmBody', { count: pending })}</p>
          {/* Logging out keeps the data, but a file is the user's own copy if the phone is lost. */}
          <p className="muted">{t('export.logoutHint')}</p>
          <ExportButton
            pendingPhotos={photos.pending}
            pendingPhotoBytes={photos.pendingBytes}
            entries={pending}
            testId="logout-export"
          />
        </ConfirmDialog>
      )}
    </>
  );
};
