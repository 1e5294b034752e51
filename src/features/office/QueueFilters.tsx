import { useState, type ReactNode } from 'react';
import { useBilingual, useT, type MessageKey } from '../../app/i18n';
import { href, navigate } from '../../app/router';
import { useFactories, useOrders } from '../../db/hooks';
import { ComputedResult } from '../../shared/office-api';
import { DecisionKind, Stage } from '../../shared/schema';
import { filtersToHash, type FilterName, type FilterValues } from './queue-filters';
import { useInspectors } from './use-inspectors';

/**
 * The queue's filter bar. Edits stay local until "apply", which writes them into the hash so
 * the queue (and a reload) reads them from one place. Factory and PO choices come from the
 * reference data this browser pulled; inspectors from the server.
 */
export const QueueFilters = ({ initial }: { initial: FilterValues }) => {
  const t = useT();
  const text = useBilingual();
  const factories = useFactories() ?? [];
  const orders = useOrders() ?? [];
  const inspectors = useInspectors();
  const [values, setValues] = useState<FilterValues>(initial);
  const set = (name: FilterName) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const options = (list: { value: string; label: string }[]) => [
    { value: '', label: t('office.filter.any') },
    ...list,
  ];
  return (
    <form
      className="card queue-filters"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(href.office(filtersToHash(values)));
      }}
    >
      <Select
        name="factory"
        label="office.factory"
        values={values}
        onChange={set('factory')}
        options={options(factories.map((f) => ({ value: f.id, label: text(f.name) })))}
      />
      <Field label="office.customer">
        <input
          data-testid="queue-filter-customer"
          value={values.customer ?? ''}
          onChange={(e) => set('customer')(e.target.value)}
        />
      </Field>
      <Select
        name="order"
        label="office.po"
        values={values}
        onChange={set('order')}
        options={options(orders.map((o) => ({ value: o.id, label: o.po })))}
      />
      <Select
        name="stage"
        label="office.stage"
        values={values}
        onChange={set('stage')}
        options={options(Stage.options.map((s) => ({ value: s, label: t(`stage.${s}`) })))}
      />
      <Select
        name="result"
        label="office.result"
        values={values}
        onChange={set('result')}
        options={options(ComputedResult.options.map((r) => ({ value: r, label: t(`office.result.${r}`) })))}
      />
      <Select
        name="decision"
        label="office.decision"
        values={values}
        onChange={set('decision')}
        options={options([
          { value: 'none', label: t('office.undecided') },
          ...DecisionKind.options.map((d) => ({ value: d, label: t(`decision.${d}`) })),
        ])}
      />
      <Select
        name="inspector"
        label="office.inspector"
        values={values}
        onChange={set('inspector')}
        options={options(inspectors.map((u) => ({ value: u.id, label: u.displayName })))}
      />
      <Field label="office.filter.from">
        <input
          type="date"
          data-testid="queue-filter-from"
          value={values.from ?? ''}
          onChange={(e) => set('from')(e.target.value)}
        />
      </Field>
      <Field label="office.filter.to">
        <input
          type="date"
          data-testid="queue-filter-to"
          value={values.to ?? ''}
          onChange={(e) => set('to')(e.target.value)}
        />
      </Field>
      <div className="queue-filter-actions">
        <button type="submit" className="btn btn-primary" data-testid="queue-apply">
          {t('office.filter.apply')}
        </button>
        <a className="btn" href={href.office()} data-testid="queue-clear" onClick={() => setValues({})}>
          {t('office.filter.clear')}
        </a>
      </div>
    </form>
  );
};

const Field = ({ label, children }: { label: MessageKey; children: ReactNode }) => {
  const t = useT();
  return (
    <label className="field">
      <span>{t(label)}</span>
      {children}
    </label>
  );
};

interface SelectProps {
  name: FilterName;
  label: MessageKey;
  values: FilterValues;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}

const Select = ({ name, label, values, onChange, options }: SelectProps) => (
  <Field label={label}>
    <select
      data-testid={`queue-filter-${name}`}
      value={values[name] ?? ''}
      onChange={(e) => onChange(e.target.value)}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  </Field>
);
