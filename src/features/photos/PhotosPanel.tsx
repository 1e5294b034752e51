import { useLiveQuery } from 'dexie-react-hooks';
import { useT, type Translate } from '../../app/i18n';
import { useDb } from '../../db/context';
import type { PhotoTarget } from '../../shared/schema';
import { Notice } from '../../ui/Notice';
import type { InspectionPanelProps } from '../inspections/panel-props';
import { groupByTarget } from './group';
import { PhotoAttach } from './PhotoAttach';
import { PhotoStrip } from './PhotoStrip';
import { StorageUsage } from './StorageUsage';
import { useLivePhotos } from './use-photos';

const groupTitle = (t: Translate, target: PhotoTarget, defectCodes: ReadonlyMap<string, string>) => {
  switch (target.kind) {
    case 'inspection':
      return t('photos.panel.general');
    case 'defect':
      return t('photos.group.defect', { code: defectCodes.get(target.id) ?? '' });
    case 'checklist_item':
      return t('photos.group.checklist', { code: target.code });
    case 'packing':
      return target.cartonNo === null
        ? t('photos.group.packingAll')
        : t('photos.group.packing', { carton: target.cartonNo });
  }
};

/** The Photos tab: general photos of the inspection, then every other photo grouped by what it shows. */
export const PhotosPanel = ({ inspection, locked }: InspectionPanelProps) => {
  const t = useT();
  const db = useDb();
  const photos = useLivePhotos(inspection.id);
  const defectCodes = useLiveQuery(
    async () =>
      new Map(
        (await db.defects.where('inspectionId').equals(inspection.id).toArray()).map((d) => [d.id, d.code]),
      ),
    [db, inspection.id],
  );
  if (photos === undefined) return <p className="loading">{t('app.loading')}</p>;
  const others = groupByTarget(photos).filter((group) => group.target.kind !== 'inspection');
  return (
    <section className="photos-panel" data-testid="photos-panel" data-count={photos.length}>
      {locked && <Notice tone="info">{t('photos.locked')}</Notice>}
      <StorageUsage refreshKey={photos.length} />
      <h3>{t('photos.panel.general')}</h3>
      <PhotoAttach inspectionId={inspection.id} target={{ kind: 'inspection' }} locked={locked} />
      {others.length > 0 && <h3>{t('photos.panel.others')}</h3>}
      {others.map((group) => (
        <section key={group.key} className="photo-group" data-testid="photo-group" data-target={group.key}>
          <h4>{groupTitle(t, group.target, defectCodes ?? new Map())}</h4>
          <PhotoStrip photos={group.photos} locked={locked} />
        </section>
      ))}
    </section>
  );
};
