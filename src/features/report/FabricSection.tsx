import { formatPoints } from '../fabric/fabric-score';
import type { ReportModel } from './report-model';
import { Bi, Section } from './Bi';

/** The 4-point result per roll and for the lot; rendered only when rolls were inspected. */
export const FabricSection = ({ fabric }: { fabric: NonNullable<ReportModel['fabric']> }) => {
  const scores = new Map(fabric.lot.result?.rolls.map((r) => [r.id, r]));
  const lot = fabric.lot.result;
  return (
    <Section title="report.fabric" testId="report-fabric">
      <table className="report-table">
        <thead>
          <tr>
            <th>
              <Bi k="report.rollNo" />
            </th>
            <th>
              <Bi k="report.length" /> × <Bi k="report.width" />
            </th>
            <th>
              <Bi k="report.points" />
            </th>
            <th>
              <Bi k="report.per100yd" />
            </th>
            <th>
              <Bi k="report.per100m" />
            </th>
            <th>
              <Bi k="report.fullWidth" />
            </th>
            <th>
              <Bi k="report.result" />
            </th>
          </tr>
        </thead>
        <tbody>
          {fabric.rolls.map(({ roll }) => {
            const s = scores.get(roll.id);
            const result = s ? (s.pass ? 'pass' : 'fail') : 'pending';
            return (
              <tr
                key={roll.id}
                data-testid="report-roll-row"
                className={result === 'fail' ? 'is-out' : undefined}
              >
                <td>{roll.rollNo}</td>
                <td>
                  {roll.length} {roll.lengthUnit} × {roll.cuttableWidth} {roll.widthUnit}
                </td>
                <td className="num">{s?.points ?? '—'}</td>
                <td className="num">{s ? formatPoints(s.per100SquareYards) : '—'}</td>
                <td className="num">{s ? formatPoints(s.per100SquareMeters) : '—'}</td>
                <td className="num">
                  {s?.fullWidth.count ?? '—'}
                  {s?.fullWidth.downgrade && (
                    <strong>
                      {' '}
                      <Bi k="report.downgrade" />
                    </strong>
                  )}
                </td>
                <td>
                  <Bi k={`report.result.${result}`} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3}>
              <Bi k="report.lot" />
            </td>
            <td className="num">{lot ? formatPoints(lot.lotPer100SquareYards) : '—'}</td>
            <td colSpan={2} />
            <td data-testid="report-fabric-lot" data-result={fabric.lot.status}>
              <strong>
                <Bi k={`report.result.${fabric.lot.status}`} />
              </strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </Section>
  );
};
