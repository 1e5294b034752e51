import { useState } from 'react';
import { useBilingual, useT } from '../../app/i18n';
import type { DefectLibrary } from '../../shared/schema';
import { searchLibrary } from './library-search';

interface Props {
  library: DefectLibrary;
  /** One tap records one defect of the currently chosen severity. */
  onPick: (code: string) => void;
}

export const DefectLibraryPanel = ({ library, onPick }: Props) => {
  const t = useT();
  const text = useBilingual();
  const [query, setQuery] = useState('');
  const groups = searchLibrary(library, query);
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
