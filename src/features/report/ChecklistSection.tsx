import type { ReportModel } from './report-model';
import { Bi, BiText, Section } from './Bi';
import { ReportPhotos } from './ReportPhoto';

/** Every item of the pinned checklist with its current (latest) answer, comment and evidence photos. */
export const ChecklistSection = ({ model }: { model: ReportModel }) => {
  const c = model.checklist;
  return (
    <Section title="report.checklist" testId="report-checklist">
      {!c ? (
        <p>
          <Bi k="report.noChecklist" />
        </p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th>
                <Bi k="report.code" />
              </th>
              <th>
                <Bi k="report.item" />
              </th>
              <th>
                <Bi k="report.answer" />
              </th>
              <th>
                <Bi k="report.comment" />
              </th>
            </tr>
          </thead>
          <tbody>
            {c.rows.map(({ item, answer, photos }) => (
              <tr
                key={item.code}
                data-testid="report-checklist-row"
                data-answer={answer?.answer ?? 'none'}
                className={answer?.answer === 'fail' ? 'is-out' : undefined}
              >
                <td>{item.code}</td>
                <td>
                  <BiText text={item.text} />
                </td>
                <td>
                  <Bi k={`report.answer.${answer?.answer ?? 'none'}`} />
                </td>
                <td>
                  {answer?.comment ?? ''}
                  <ReportPhotos photos={photos} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
};
