import { formatLength, lengthUnit } from '../measurements/spec';
import type { ReportModel } from './report-model';
import { Bi, BiText, Section } from './Bi';

/** Readings per size × sample × POM with out-of-tolerance marks, then the per-POM summary. */
export const MeasureSection = ({ model }: { model: ReportModel }) => {
  const m = model.measurements;
  if (!m) {
    return (
      <Section title="report.measurements">
        <p>
          <Bi k="report.noSheet" />
        </p>
      </Section>
    );
  }
  const unit = lengthUnit(m.sheet.unit);
  const fmt = (value: number | null, signed = false) =>
    value === null ? '—' : formatLength(value, unit, signed);
  const names = new Map(m.sheet.points.map((p) => [p.code, p.name]));
  return (
    <Section title="report.measurements" testId="report-measurements">
      <p>
        <Bi k="report.unit" />: {unit}
      </p>
      {m.rows.length === 0 ? (
        <p>
          <Bi k="report.noMeasurements" />
        </p>
      ) : (
        <table className="report-table report-measure">
          <thead>
            <tr>
              <th>
                <Bi k="report.size" />
              </th>
              <th>
                <Bi k="report.sample" />
              </th>
              <th>
                <Bi k="report.pom" />
              </th>
              <th>
                <Bi k="report.value" />
              </th>
              <th>
                <Bi k="report.deviation" />
              </th>
            </tr>
          </thead>
          <tbody>
            {m.rows.map((r) => {
              const out = r.status !== null && r.status !== 'in';
              return (
                <tr
                  key={`${r.size}|${r.sampleNo}|${r.pomCode}`}
                  className={out ? 'is-out' : undefined}
                  data-testid="report-measure-row"
                  data-out={out}
                >
                  <td>{r.size}</td>
                  <td className="num">{r.sampleNo}</td>
                  <td>{r.pomCode}</td>
                  <td className="num">{fmt(r.value)}</td>
                  <td className="num">
                    {fmt(r.deviation, true)}
                    {out && <strong className="out-mark"> ✕ {r.status === 'over' ? '+' : '−'}</strong>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h3>
        <Bi k="report.summary" />
      </h3>
      <table className="report-table">
        <thead>
          <tr>
            <th>
              <Bi k="report.pom" />
            </th>
            <th>
              <Bi k="report.measured" />
            </th>
            <th>
              <Bi k="report.out" />
            </th>
            <th>
              <Bi k="report.range" />
            </th>
          </tr>
        </thead>
        <tbody>
          {m.summary.rows.map((row) => (
            <tr
              key={row.pomCode}
              data-testid="report-pom-summary"
              className={row.out > 0 ? 'is-out' : undefined}
            >
              <td>
                {row.pomCode} <BiText text={names.get(row.pomCode)} />
                {row.critical && (
                  <strong>
                    {' '}
                    ★ <Bi k="report.critical" />
                  </strong>
                )}
              </td>
              <td className="num">{row.measured}</td>
              <td className="num">{row.out}</td>
              <td className="num">
                {fmt(row.minDeviation, true)} / {fmt(row.maxDeviation, true)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
};
