import type { ReportModel } from './report-model';
import { Bi, Section } from './Bi';

/** Current packing checks (latest per kind and carton) and the cartons opened. */
export const PackingSection = ({ model }: { model: ReportModel }) => {
  const { checks, cartonsOpened } = model.packing;
  return (
    <Section title="report.packing" testId="report-packing">
      <p>
        <Bi k="report.cartonsOpened" />: {cartonsOpened.length > 0 ? cartonsOpened.join(', ') : '—'} (
        {cartonsOpened.length} / {model.inspection.cartons})
      </p>
      {checks.length === 0 ? (
        <p>
          <Bi k="report.noPacking" />
        </p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th>
                <Bi k="report.check" />
              </th>
              <th>
                <Bi k="report.carton" />
              </th>
              <th>
                <Bi k="report.expected" />
              </th>
              <th>
                <Bi k="report.actual" />
              </th>
              <th>
                <Bi k="report.result" />
              </th>
            </tr>
          </thead>
          <tbody>
            {checks.map((c) => (
              <tr
                key={c.id}
                data-testid="report-packing-row"
                className={c.result === 'fail' ? 'is-out' : undefined}
              >
                <td>
                  <Bi k={`report.packing.${c.kind}`} />
                </td>
                <td className="num">{c.cartonNo ?? '—'}</td>
                <td>{c.expected ?? '—'}</td>
                <td>{[c.actual, c.note].filter(Boolean).join(' · ') || '—'}</td>
                <td>
                  <Bi k={`report.answer.${c.result}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
};
