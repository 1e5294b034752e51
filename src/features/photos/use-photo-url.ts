/**
 * usePhotoUrl(photoId): a URL an <img> can show, or null while loading / when unavailable.
 * Local bytes become an object URL, made only when a caller asks (pass null to defer) and revoked
 * when the caller unmounts or the photo changes, so a long shift does not leak memory. When the
 * bytes are gone from the phone (evicted after upload) and the app is online, it falls back to
 * the server's copy. Shared with the report screen.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/context';
import { remotePhotoPath } from './photo-bytes';

const subscribeOnline = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

export const useOnline = (): boolean =>
  useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );

/** Where a photo's bytes are, as one string: the live query then re-renders only when that changes. */
type Source = `${'local' | 'remote'}:${string}` | 'none';

export const usePhotoUrl = (photoId: string | null): string | null => {
  const db = useDb();
  const online = useOnline();
  const source = useLiveQuery(async (): Promise<Source> => {
    if (!photoId) return 'none';
    const photo = await db.photos.get(photoId);
    if (!photo) return 'none';
    // count(), not get(): deciding where the bytes are must not load them.
    const local = await db.photoBlobs.where('sha256').equals(photo.sha256).count();
    return `${local > 0 ? 'local' : 'remote'}:${photo.sha256}`;
  }, [db, photoId]);
  const [where, sha256 = ''] = (source ?? 'none').split(':');
  const [objectUrl, setObjectUrl] = useState<{ sha256: string; url: string } | null>(null);

  useEffect(() => {
    if (where !== 'local') return;
    let cancelled = false;
    let url: string | null = null;
    void db.photoBlobs.get(sha256).then((row) => {
      if (cancelled || !row) return;
      url = URL.createObjectURL(new Blob([row.bytes], { type: row.mime }));
      setObjectUrl({ sha256, url });
    });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
      setObjectUrl(null);
    };
  }, [db, where, sha256]);

  if (where === 'local') return objectUrl?.sha256 === sha256 ? objectUrl.url : null;
  if (where === 'remote' && online) return remotePhotoPath(sha256);
  return null;
};
