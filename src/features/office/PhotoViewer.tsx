import { useState } from 'react';
import { useT } from '../../app/i18n';
import type { Photo } from '../../shared/schema';
import { remotePhotoPath } from '../photos/photo-bytes';

/** The server's full-size copy, or null while its bytes have not arrived (so no broken image). */
export const serverPhotoUrl = (photo: Photo, presence: Record<string, boolean>): string | null =>
  presence[photo.id] ? remotePhotoPath(photo.sha256) : null;

/**
 * Every live photo, each original with its annotated copies beside it; a click opens the
 * full-size image. Photos whose bytes are still on the phone show as "not received yet".
 */
export const PhotoViewer = ({ photos, presence }: { photos: Photo[]; presence: Record<string, boolean> }) => {
  const t = useT();
  const [open, setOpen] = useState<Photo | null>(null);
  const live = photos.filter((p) => p.deletedAt === null);
  const originals = live.filter((p) => p.annotationOf === null || !live.some((o) => o.id === p.annotationOf));
  if (live.length === 0) return null;
  return (
    <div className="card no-print" data-testid="photo-viewer">
      <h2>{t('office.photoViewer')}</h2>
      <ul className="photo-groups">
        {originals.map((original) => (
          <li key={original.id} className="photo-group">
            {[original, ...live.filter((p) => p.annotationOf === original.id)].map((photo) => (
              <Thumb key={photo.id} photo={photo} url={serverPhotoUrl(photo, presence)} onOpen={setOpen} />
            ))}
          </li>
        ))}
      </ul>
      {open && (
        <div className="photo-lightbox" role="dialog" data-testid="photo-full" onClick={() => setOpen(null)}>
          <img src={serverPhotoUrl(open, presence) ?? ''} alt="" />
          <button type="button" className="btn" onClick={() => setOpen(null)}>
            {t('office.close')}
          </button>
        </div>
      )}
    </div>
  );
};

interface ThumbProps {
  photo: Photo;
  url: string | null;
  onOpen: (photo: Photo) => void;
}

const Thumb = ({ photo, url, onOpen }: ThumbProps) => {
  const t = useT();
  return (
    <figure className="photo-thumb-office" data-testid="office-photo" data-photo-id={photo.id}>
      {url ? (
        <button type="button" className="photo-open" onClick={() => onOpen(photo)}>
          <img src={url} alt="" width={photo.width} height={photo.height} loading="lazy" />
        </button>
      ) : (
        <span className="report-photo-missing">{t('office.photoMissing')}</span>
      )}
      <figcaption className="muted small">
        {t(photo.annotationOf ? 'office.photoAnnotated' : 'office.photoOriginal')}
      </figcaption>
    </figure>
  );
};
