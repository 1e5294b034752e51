import { useEffect, useState } from 'react';
import { errorKey, useFormatDateTime, useT } from '../../app/i18n';
import { api } from '../../app/services';
import { errorCodeOf } from '../../sync/http';
import { Notice } from '../../ui/Notice';
import { formatBytes } from '../photos/storage';
import { fetchDevices, type DeviceRow } from './devices-api';

/**
 * "What is still on the phones", for the office: one row per phone, most waiting first (the
 * server sorts). Exported for the office pages; also mounted alone at `#/office/devices`.
 */
export const DevicesTable = () => {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const [rows, setRows] = useState<DeviceRow[] | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetchDevices(api).then(
      (next) => live && setRows(next),
      (failure: unknown) => live && setError(t(errorKey(errorCodeOf(failure)))),
    );
    return () => {
      live = false;
    };
    // Loaded once per mount; the translation function changes identity every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (error) return <Notice tone="error">{t('devices.loadFailed', { reason: error })}</Notice>;
  if (!rows) return <p className="loading">{t('app.loading')}</p>;
  if (rows.length === 0) return <p className="muted">{t('devices.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="devices-table">
        <thead>
          <tr>
            <th>{t('devices.user')}</th>
            <th>{t('devices.waiting')}</th>
            <th>{t('devices.photos')}</th>
            <th>{t('devices.oldest')}</th>
            <th>{t('devices.lastSync')}</th>
            <th>{t('devices.version')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.clientId} data-testid="device-row" data-client={row.clientId}>
              <td>{row.user.displayName}</td>
              <td>{row.pendingMutations}</td>
              <td>
                {row.pendingPhotos} ({formatBytes(row.pendingPhotoBytes)})
              </td>
              <td>{row.oldestPendingAt ? formatDateTime(row.oldestPendingAt) : '—'}</td>
              <td>{formatDateTime(row.lastSyncAt)}</td>
              <td>{row.appVersion}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
