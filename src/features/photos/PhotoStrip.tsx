import { useState } from 'react';
import type { Photo } from '../../shared/schema';
import { Annotator } from './Annotator';
import { PhotoThumb } from './PhotoThumb';
import { PhotoViewer } from './PhotoViewer';

interface Props {
  photos: readonly Photo[];
  locked: boolean;
}

type Open = { id: string; mode: 'view' | 'annotate' } | null;

/** A row of thumbnails; a tap opens the viewer, the viewer can hand over to the annotator. */
export const PhotoStrip = ({ photos, locked }: Props) => {
  const [open, setOpen] = useState<Open>(null);
  // Looked up by id each render: a photo deleted (here or by a sync) simply closes its viewer.
  const current = open && photos.find((photo) => photo.id === open.id);
  const close = () => setOpen(null);
  return (
    <>
      <ul className="photo-thumbs">
        {photos.map((photo, index) => (
          <PhotoThumb
            key={photo.id}
            photo={photo}
            index={index}
            onOpen={() => setOpen({ id: photo.id, mode: 'view' })}
          />
        ))}
      </ul>
      {current && open.mode === 'view' && (
        <PhotoViewer
          photo={current}
          locked={locked}
          onClose={close}
          onAnnotate={() => setOpen({ id: current.id, mode: 'annotate' })}
        />
      )}
      {current && open.mode === 'annotate' && !locked && <Annotator photo={current} onClose={close} />}
    </>
  );
};
