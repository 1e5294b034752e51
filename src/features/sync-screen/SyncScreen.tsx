import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../app/i18n';
import { usePhotoProgress } from '../../app/services';
import { useDb } from '../../db/context';
import { ExportButton } from '../export/ExportButton';
import { PendingSection } from './PendingSection';
import { RejectedList } from './RejectedList';
import { StorageSection } from './StorageSection';

/** `#/sync`: everything about what this phone still holds and how syncing goes. Lazy-loaded. */
const SyncScreen = () => {
  const t = useT();
  const db = useDb();
  const photos = usePhotoProgress();
  const entries = useLiveQuery(async () => (await db.outbox.count()) + (await db.rejected.count()), [db]);
  return (
    <div data-testid="sync-screen">
      <h1>{t('syncScreen.title')}</h1>
      <PendingSection />
      <section className="card">
        <ExportButton
          pendingPhotos={photos.pending}
          pendingPhotoBytes={photos.pendingBytes}
          entries={entries ?? 0}
        />
      </section>
      <StorageSection />
      <RejectedList />
    </div>
  );
};

export default SyncScreen;
