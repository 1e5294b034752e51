import type { ReactNode } from 'react';
import type { MessageKey } from '../../app/i18n';
import type { ReportModel } from './report-model';
import { Bi, BiText, Section, stamp } from './Bi';

/** Who, what and when: the part both parties check first. */
export const ReportHeader = ({ model }: { model: ReportModel }) => {
  const { inspection, order, factory, inspector } = model;
  const rows: [MessageKey, ReactNode][] = [
    ['report.po', order?.po ?? '—'],
    ['report.customer', order?.customer ?? '—'],
    ['report.factory', <BiText key="f" text={factory?.name} />],
    [
      'report.style',
      order ? (
        <>
          {order.styleCode} · <BiText text={order.styleName} />
        </>
      ) : (
        '—'
      ),
    ],
    ['report.stage', <Bi key="s" k={`stage.${inspection.stage}`} />],
    ['report.started', stamp(inspection.startedAt)],
    [
      'report.submitted',
      inspection.submittedAt ? stamp(inspection.submittedAt) : <Bi key="n" k="report.notSubmitted" />,
    ],
    ['report.exFactory', order?.exFactoryDate ?? '—'],
    ['report.inspector', inspector?.displayName ?? inspection.inspectorId],
    ['report.lotSize', inspection.lotSize],
    ['report.cartons', inspection.cartons],
  ];
  return (
    <Section title="report.header">
      <dl className="report-details">
        {rows.map(([key, value]) => (
          <div key={key} className="report-detail">
            <dt>
              <Bi k={key} />
            </dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
};
