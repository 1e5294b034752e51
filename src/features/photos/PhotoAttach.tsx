import { useState, type ChangeEvent } from 'react';
import { useT, type MessageKey } from '../../app/i18n';
import { useDb } from '../../db/context';
import { targetKey } from '../../db/repositories/photos';
import type { PhotoTarget } from '../../shared/schema';
import { photoErrorKey } from './errors';
import { PhotoStrip } from './PhotoStrip';
import { takePhoto } from './save-photo';
import { useTargetPhotos } from './use-photos';
import './photos.css';

interface Props {
  inspectionId: string;
  target: PhotoTarget;
  locked: boolean;
}

/**
 * Photos of one target (the inspection, a defect, a checklist item, packing): a big camera
 * button and the live photos' thumbnails. Used by the Photos tab, the checklist, defect details
 * and packing. The photo shows on the phone as soon as it is stored, whatever the server says.
 */
export const PhotoAttach = ({ inspectionId, target, locked }: Props) => {
  const t = useT();
  const db = useDb();
  const photos = useTargetPhotos(inspectionId, target);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Cleared so taking a photo of the same file again still fires a change.
    event.currentTarget.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await takePhoto(db, { inspectionId, target, file });
    } catch (failure) {
      setError(photoErrorKey(failure));
    } finally {
      setBusy(false);
    }
  };

  const count = photos?.length ?? 0;
  return (
    <div
      className="photo-attach"
      data-testid="photo-attach"
      data-target={targetKey(target)}
      data-count={count}
    >
      <div className="photo-attach-bar">
        <label className={`btn photo-take${locked || busy ? ' is-disabled' : ''}`}>
          <input
            type="file"
            accept="image/*"
            capture="environment"
            className="visually-hidden"
            data-testid="photo-input"
            disabled={locked || busy}
            onChange={(event) => void onFile(event)}
          />
          {t(busy ? 'photos.saving' : 'photos.take')}
        </label>
        <span className="muted" aria-live="polite" data-testid="photo-count">
          {count > 0 ? t('photos.count', { count }) : t('photos.none')}
        </span>
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid="photo-error">
          {t(error)}
        </p>
      )}
      {photos && photos.length > 0 && <PhotoStrip photos={photos} locked={locked} />}
    </div>
  );
};
