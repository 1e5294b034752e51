import { useT } from './i18n';
import { useUpdateStore } from './sw-update';

/** Shown when a new service worker waits; only the user's tap activates it. */
export const UpdatePrompt = () => {
  const t = useT();
  const apply = useUpdateStore((state) => state.apply);
  if (!apply) return null;
  return (
    <div className="update-prompt" data-testid="update-prompt" role="status">
      <span>{t('update.available')}</span>
      <button type="button" className="btn btn-primary" data-testid="update-reload" onClick={apply}>
        {t('update.reload')}
      </button>
    </div>
  );
};
