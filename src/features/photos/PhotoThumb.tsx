import { useEffect, useRef, useState, type RefObject } from 'react';
import { useT } from '../../app/i18n';
import type { Photo } from '../../shared/schema';
import { usePhotoUrl } from './use-photo-url';

/** True once the element has come near the screen: off-screen thumbnails never load their bytes. */
const useSeen = (ref: RefObject<Element | null>): boolean => {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setSeen(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, seen]);
  return seen;
};

interface Props {
  photo: Photo;
  index: number;
  onOpen: () => void;
}

export const PhotoThumb = ({ photo, index, onOpen }: Props) => {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  const url = usePhotoUrl(useSeen(button) ? photo.id : null);
  return (
    <li>
      <button
        ref={button}
        type="button"
        className="photo-thumb"
        data-testid="photo-thumb"
        data-photo-id={photo.id}
        data-annotation-of={photo.annotationOf ?? ''}
        aria-label={t('photos.open', { n: index + 1 })}
        onClick={onOpen}
      >
        {url ? <img src={url} alt="" decoding="async" /> : <span className="photo-thumb-wait" />}
        {photo.annotationOf && <span className="photo-badge">{t('photos.annotated')}</span>}
      </button>
    </li>
  );
};
