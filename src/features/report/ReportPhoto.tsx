import type { Photo } from '../../shared/schema';
import { usePhotoUrl } from '../photos/use-photo-url';

/**
 * One photo thumbnail. Loaded at once, not when scrolled into view: a printout must carry every
 * photo. Without bytes (evicted and offline) a framed placeholder keeps the layout honest.
 */
export const ReportPhoto = ({ photo }: { photo: Photo }) => {
  const url = usePhotoUrl(photo.id);
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
