import { useState } from 'react';
import { useDb } from '../db/context';
import { useOutboxCount } from '../db/hooks';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useT } from './i18n';
import { href, navigate } from './router';
import { api } from './services';
import { signOut } from './session';

/** Logging out keeps the outbox; with unsynced work the user must confirm explicitly. */
export const LogoutButton = () => {
  const t = useT();
  const db = useDb();
  const pending = useOutboxCount() ?? 0;
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
        </ConfirmDialog>
      )}
    </>
  );
};
