import { OfficeDetail } from './OfficeDetail';
import { OfficeList } from './OfficeList';

/** Lazy-loaded entry of the office tool (desktop layout); default export for React.lazy. */
const OfficePage = ({ inspectionId }: { inspectionId: string | null }) =>
  inspectionId ? <OfficeDetail id={inspectionId} /> : <OfficeList />;

export default OfficePage;
