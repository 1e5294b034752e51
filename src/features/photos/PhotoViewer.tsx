import { useEffect, useRef, useState } from 'react';
import { useT, type MessageKey } from '../../app/i18n';
import { useDb } from '../../db/context';
import { removePhoto } from '../../db/repositories/photos';
import type { Photo } from '../../shared/schema';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { photoErrorKey } from './errors';
import { useOnline, usePhotoUrl } from './use-photo-url';

interface Props {
  photo: Photo;
  locked: boolean;
  onClose: () => void;
  onAnnotate: () => void;
}

/** One photo at full size, with delete (confirmed: it is evidence) and annotate. */
export const PhotoViewer = ({ photo, locked, onClose, onAnnotate }: Props) => {
  const t = useT();
  const db = useDb();
  const url = usePhotoUrl(photo.id);
  const online = useOnline();
  const dialog = useRef<HTMLDialogElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const remove = async () => {
    setConfirming(false);
    try {
      await removePhoto(db, photo.id);
      onClose();
    } catch (failure) {
      setError(photoErrorKey(failure));
    }
  };

  return (
    <dialog
      ref={dialog}
      className="photo-dialog"
      onCancel={onClose}
      data-testid="photo-viewer"
      data-photo-id={photo.id}
    >
      <h2>{t('photos.viewer.title')}</h2>
      {url ? (
        <img src={url} alt={t('photos.viewer.title')} className="photo-full" data-testid="photo-full" />
      ) : (
        <p className="muted">{t(online ? 'photos.loadingImage' : 'photos.unavailable')}</p>
      )}
      {photo.annotationOf && <p className="muted">{t('photos.viewer.annotationOf')}</p>}
      {error && (
        <p className="field-error" role="alert">
          {t(error)}
        </p>
      )}
      <div className="dialog-actions">
        {!locked && (
          <>
            <button
              type="button"
              className="btn btn-danger"
              data-testid="photo-delete"
              onClick={() => setConfirming(true)}
            >
              {t('photos.viewer.delete')}
            </button>
            <button type="button" className="btn" data-testid="photo-annotate" onClick={onAnnotate}>
              {t('photos.viewer.annotate')}
            </button>
          </>
        )}
        <button type="button" className="btn btn-primary" data-testid="photo-viewer-close" onClick={onClose}>
          {t('photos.viewer.close')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('photos.delete.title')}
          confirmLabel={t('photos.delete.confirm')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
          testId="photo-delete-dialog"
        >
          <p>{t('photos.delete.body')}</p>
        </ConfirmDialog>
      )}
    </dialog>
  );
};
