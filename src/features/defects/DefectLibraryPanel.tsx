import { useState } from 'react';
import { useBilingual, useT } from '../../app/i18n';
import type { DefectLibrary, Inspection } from '../../shared/schema';
import { orderByUsage } from './library-order';
import { searchLibrary } from './library-search';
import { useDefectUsage } from './use-defect-usage';

interface Props {
  library: DefectLibrary;
  /** Whose usage orders the grid (most-used first); see useDefectUsage. */
  inspection: Pick<Inspection, 'id' | 'inspectorId'>;
  /** One tap records one defect of the currently chosen severity. */
  onPick: (code: string) => void;
}

export const DefectLibraryPanel = ({ library, inspection, onPick }: Props) => {
  const t = useT();
  const text = useBilingual();
  const [query, setQuery] = useState('');
  const usage = useDefectUsage(inspection);
  const groups = orderByUsage(searchLibrary(library, query), usage);
  return (
    <section className="library">
      <input
        type="search"
        className="search"
        data-testid="defect-search"
        placeholder={t('inspection.search')}
        aria-label={t('inspection.search')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {groups.length === 0 && <p className="muted">{t('inspection.noMatch')}</p>}
      {groups.map(({ group, defects }) => (
        <div key={group.code} className="library-group">
          <h3>{text(group.name)}</h3>
          <div className="library-grid">
            {defects.map((defect) => (
              <button
                key={defect.code}
                type="button"
                className="library-defect"
                data-testid="library-defect"
                data-code={defect.code}
                onClick={() => onPick(defect.code)}
              >
                <span className="defect-name">{text(defect.name)}</span>
                <span className="defect-code">{defect.code}</span>
              </button>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
};
