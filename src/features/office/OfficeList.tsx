import { useBilingual, useFormatDateTime, useT } from '../../app/i18n';
import { href, navigate } from '../../app/router';
import { Notice } from '../../ui/Notice';
import { OfficeListResponse, type OfficeListItem } from './office-api';
import { QueryState } from './QueryState';
import { useOfficeQuery } from './use-office-query';

export const OfficeList = () => {
  const t = useT();
  const query = useOfficeQuery('/api/office/inspections', OfficeListResponse);
  return (
    <section>
      <h1>{t('office.title')}</h1>
      {query.status !== 'ok' ? (
        <QueryState query={query} />
      ) : query.data.items.length === 0 ? (
        <Notice>{t('office.empty')}</Notice>
      ) : (
        <div className="table-scroll">
          <table className="table office-table">
            <thead>
              <tr>
                <th>{t('office.po')}</th>
                <th>{t('office.style')}</th>
                <th>{t('office.factory')}</th>
                <th>{t('office.inspector')}</th>
                <th>{t('office.stage')}</th>
                <th>{t('office.started')}</th>
                <th>{t('severity.critical')}</th>
                <th>{t('severity.major')}</th>
                <th>{t('severity.minor')}</th>
                <th>{t('office.total')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.items.map((item) => (
                <Row key={item.inspection.id} item={item} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};

const Row = ({ item }: { item: OfficeListItem }) => {
  const t = useT();
  const text = useBilingual();
  const formatDateTime = useFormatDateTime();
  const { inspection, order, factory, inspector, defectCounts } = item;
  const open = () => navigate(href.officeInspection(inspection.id));
  return (
    <tr
      className="clickable"
      data-testid="office-inspection-row"
      data-inspection-id={inspection.id}
      data-defect-count={defectCounts.total}
      onClick={open}
    >
      <td>
        <a href={href.officeInspection(inspection.id)}>{order.po}</a>
      </td>
      <td>
        {order.styleCode} · {text(order.styleName)}
      </td>
      <td>{text(factory.name)}</td>
      <td>{inspector.displayName}</td>
      <td>{t(`stage.${inspection.stage}`)}</td>
      <td>{formatDateTime(inspection.startedAt)}</td>
      <td>{defectCounts.critical}</td>
      <td>{defectCounts.major}</td>
      <td>{defectCounts.minor}</td>
      <td>
        <strong>{defectCounts.total}</strong>
      </td>
    </tr>
  );
};
