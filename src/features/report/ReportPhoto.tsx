import { createContext, useContext } from 'react';
import type { Photo } from '../../shared/schema';
import { usePhotoUrl } from '../photos/use-photo-url';

/**
 * Where photos come from when the report is not built from this device's database (the office
 * reads the server's copy): given, it replaces the local lookup.
 */
export const RemotePhotoUrl = createContext<((photo: Photo) => string | null) | null>(null);

/**
 * One photo thumbnail. Loaded at once, not when scrolled into view: a printout must carry every
 * photo. Without bytes (evicted and offline) a framed placeholder keeps the layout honest.
 */
export const ReportPhoto = ({ photo }: { photo: Photo }) => {
  const remote = useContext(RemotePhotoUrl);
  const local = usePhotoUrl(remote ? null : photo.id);
  const url = remote ? remote(photo) : local;
  return (
    <figure className="report-photo" data-testid="report-photo" data-photo-id={photo.id}>
      {url ? (
        <img src={url} alt="" width={photo.width} height={photo.height} />
      ) : (
        <span className="report-photo-missing">⌧</span>
      )}
    </figure>
  );
};

export const ReportPhotos = ({ photos }: { photos: readonly Photo[] }) =>
  photos.length === 0 ? null : (
    <div className="report-photos">
      {photos.map((photo) => (
        <ReportPhoto key={photo.id} photo={photo} />
      ))}
    </div>
  );
