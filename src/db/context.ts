/** The database is injected through React context so screens can be rendered against any QcDb. */
import { createContext, useContext } from 'react';
import type { QcDb } from './db';

export const DbContext = createContext<QcDb | null>(null);

export const useDb = (): QcDb => {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside <DbContext.Provider>');
  return db;
};
