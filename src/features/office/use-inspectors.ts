import { UsersResponse } from './office-api';
import { useOfficeQuery } from './use-office-query';

/** Inspectors the office can filter by and assign to; empty while loading or offline. */
export const useInspectors = () => {
  const query = useOfficeQuery('/api/office/users?role=inspector', UsersResponse);
  return query.status === 'ok' ? query.data : [];
};
