/**
 * The sections of the inspection screen. Each tab's panel gets the same props
 * (InspectionPanelProps); a feature mounts its panel by replacing its entry in PANELS.
 */
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n';
import { ChecklistPanel } from '../checklist/ChecklistPanel';
import { ClosingPanel } from '../closing/ClosingPanel';
import { FabricPanel } from '../fabric/FabricPanel';
import { MeasurementsPanel } from '../measurements/MeasurementsPanel';
import { PackingPanel } from '../packing/PackingPanel';
import { PhotosPanel } from '../photos/PhotosPanel';
import { DefectsPanel } from './DefectsPanel';
import type { InspectionPanelProps } from './panel-props';
import { useInspectionTab, useTabStore, visibleTabs, type InspectionTab } from './tab-store';

const PANELS: Record<InspectionTab, (props: InspectionPanelProps) => ReactNode> = {
  fabric: (props) => <FabricPanel {...props} />,
  defects: (props) => <DefectsPanel {...props} />,
  measurements: (props) => <MeasurementsPanel {...props} />,
  checklist: (props) => <ChecklistPanel {...props} />,
  packing: (props) => <PackingPanel {...props} />,
  photos: (props) => <PhotosPanel {...props} />,
  closing: (props) => <ClosingPanel {...props} />,
};

export const InspectionTabs = (props: InspectionPanelProps) => {
  const t = useT();
  const current = useInspectionTab(props.inspection.id, props.inspection.stage);
  const setTab = useTabStore((state) => state.setTab);
  return (
    <>
      <div className="tab-bar" role="tablist" aria-label={t('tabs.label')}>
        {visibleTabs(props.inspection.stage).map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={tab === current}
            aria-controls="inspection-tabpanel"
            className={`tab${tab === current ? ' is-current' : ''}`}
            data-testid={`tab-${tab}`}
            onClick={() => setTab(props.inspection.id, tab)}
          >
            {t(`tabs.${tab}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="inspection-tabpanel" aria-labelledby={`tab-${current}`} data-tab={current}>
        {/* A disabled fieldset makes every control of every panel inert at once once submitted. */}
        <fieldset className="panel-fieldset" disabled={props.locked}>
          {PANELS[current](props)}
        </fieldset>
      </div>
    </>
  );
};
