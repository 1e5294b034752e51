import { useT } from '../../app/i18n';
import { DevicesTable } from './DevicesTable';

/** `#/office/devices`: the devices table on its own page until the office pages embed it. */
const DevicesPage = () => {
  const t = useT();
  return (
    <div data-testid="office-devices">
      <h1>{t('devices.title')}</h1>
      <DevicesTable />
    </div>
  );
};

export default DevicesPage;
