import type { Route } from '../../app/router';
import { OfficeDetail } from './OfficeDetail';
import { OfficeList } from './OfficeList';
import { OrderRecord } from './OrderRecord';
import './office.css';

type OfficeRoute = Extract<Route, { name: 'office' | 'officeInspection' | 'officeOrder' }>;

/** Lazy-loaded entry of the office tool (desktop first); default export for React.lazy. */
const OfficePage = ({ route }: { route: OfficeRoute }) => {
  switch (route.name) {
    case 'officeInspection':
      return <OfficeDetail id={route.id} />;
    case 'officeOrder':
      return <OrderRecord id={route.id} />;
    default:
      return <OfficeList />;
  }
};

export default OfficePage;
