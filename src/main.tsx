import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { db, syncEngine } from './app/services';
import { registerServiceWorker } from './app/sw-update';
import { DbContext } from './db/context';
import './app/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DbContext.Provider value={db}>
      <App />
    </DbContext.Provider>
  </StrictMode>,
);

syncEngine.start();
registerServiceWorker();
