import type { Defect } from '../../shared/schema';
import type { ReportModel } from './report-model';
import { Bi, BiText, Section } from './Bi';
import { ReportPhotos } from './ReportPhoto';

const where = (d: Defect) =>
  [d.sampleNo === null ? null : `#${d.sampleNo}`, d.colour, d.size, d.carton === null ? null : `C${d.carton}`]
    .map((part) => part ?? '—')
    .join(' / ');

/** Every live defect with its library name in both languages, where it was and its photos. */
export const DefectSection = ({ model }: { model: ReportModel }) => {
  const total = model.defects.reduce((sum, d) => sum + d.defect.quantity, 0);
  return (
    <Section title="report.defects" testId="report-defects">
      {model.defects.length === 0 ? (
        <p>
          <Bi k="report.noDefects" />
        </p>
      ) : (
        <table className="report-table report-defects">
          <thead>
            <tr>
              <th>
                <Bi k="report.code" />
              </th>
              <th>
                <Bi k="report.defectName" />
              </th>
              <th>
                <Bi k="report.severity" />
              </th>
              <th>
                <Bi k="report.qty" />
              </th>
              <th>
                <Bi k="report.where" />
              </th>
              <th>
                <Bi k="report.location" />
              </th>
            </tr>
          </thead>
          <tbody>
            {model.defects.map(({ defect, type, photos }) => (
              <tr key={defect.id} data-testid="report-defect-row" data-code={defect.code}>
                <td>{defect.code}</td>
                <td>
                  <BiText text={type?.name} />
                  <ReportPhotos photos={photos} />
                </td>
                <td>
                  <Bi k={`severity.${defect.severity}`} />
                </td>
                <td className="num">{defect.quantity}</td>
                <td>{where(defect)}</td>
                <td>{[defect.location, defect.note].filter(Boolean).join(' · ') || '—'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={3}>
                <Bi k="report.total" />
              </td>
              <td className="num">{total}</td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      )}
      {model.generalPhotos.length > 0 && (
        <>
          <h3>
            <Bi k="report.photos" />
          </h3>
          <ReportPhotos photos={model.generalPhotos} />
        </>
      )}
    </Section>
  );
};
