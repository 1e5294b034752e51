/** Groups an inspection's photos by what they show, in a fixed order, for the Photos tab. */
import { targetKey } from '../../db/repositories/photos';
import type { Photo, PhotoTarget } from '../../shared/schema';

export interface PhotoGroup {
  key: string;
  target: PhotoTarget;
  photos: Photo[];
}

const ORDER: Record<PhotoTarget['kind'], number> = {
  inspection: 0,
  defect: 1,
  checklist_item: 2,
  packing: 3,
};

/** Groups keep the order their first photo was taken in, within each kind. */
export const groupByTarget = (photos: readonly Photo[]): PhotoGroup[] => {
  const groups = new Map<string, PhotoGroup>();
  for (const photo of photos) {
    const key = targetKey(photo.target);
    const group = groups.get(key) ?? { key, target: photo.target, photos: [] };
    group.photos.push(photo);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => ORDER[a.target.kind] - ORDER[b.target.kind]);
};
