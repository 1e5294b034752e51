import { DEFECT_CLASSES } from '../../shared/domain';
import type { ReportModel } from './report-model';
import { Bi, Section } from './Bi';

/** "K → L" when an arrow in the master table moved the plan to another row. */
const letter = (plan: { codeLetter: string; planCodeLetter: string }) =>
  plan.codeLetter === plan.planCodeLetter ? plan.codeLetter : `${plan.codeLetter} → ${plan.planCodeLetter}`;

/** The sampling plans the lot was judged with: per class code letter, n and Ac/Re. */
export const PlansSection = ({ model }: { model: ReportModel }) => {
  const { plans, inspection } = model;
  const aql = inspection.aql;
  return (
    <Section title="report.plans">
      <p>
        <Bi k="report.level" />: {aql.level} · AQL {aql.critical ?? 0} / {aql.major} / {aql.minor}
      </p>
      {plans && (
        <table className="report-table">
          <thead>
            <tr>
              <th>
                <Bi k="report.class" />
              </th>
              <th>
                <Bi k="report.codeLetter" />
              </th>
              <th>
                n <Bi k="report.sampleSize" />
              </th>
              <th>Ac / Re</th>
            </tr>
          </thead>
          <tbody>
            {DEFECT_CLASSES.map((cls) => {
              const plan = plans.workmanship[cls];
              return (
                <tr key={cls}>
                  <td>
                    <Bi k={`severity.${cls}`} /> (AQL {plan.aql ?? 0})
                  </td>
                  <td>{letter(plan)}</td>
                  <td>{plan.sampleSize}</td>
                  <td>
                    {plan.acceptNumber} / {plan.rejectNumber}
                  </td>
                </tr>
              );
            })}
            {plans.packing && (
              <tr>
                <td>
                  <Bi k="report.packingPlan" />
                </td>
                <td>{letter(plans.packing)}</td>
                <td>{plans.packing.sampleSize}</td>
                <td>
                  {plans.packing.acceptNumber} / {plans.packing.rejectNumber}
                </td>
              </tr>
            )}
            {plans.measurement && (
              <tr>
                <td>
                  <Bi k="report.measurementPlan" />
                </td>
                <td>—</td>
                <td>{plans.measurement.sampleSize}</td>
                <td>—</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {inspection.planOverrideReason && (
        <p>
          <Bi k="report.planOverride" />: {inspection.planOverrideReason}
        </p>
      )}
    </Section>
  );
};
