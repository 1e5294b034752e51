/**
 * Service-worker registration with a prompted update. A waiting worker is only announced;
 * the page reloads after the user taps "update" (never by itself, so a half-filled form or
 * an unsynced tap is never lost to a surprise reload). Production builds only.
 */
import { Workbox } from 'workbox-window';
import { create } from 'zustand';

interface UpdateState {
  /** Set when a new worker is installed and waiting; calling it activates it and reloads. */
  apply: (() => void) | null;
}

export const useUpdateStore = create<UpdateState>(() => ({ apply: null }));

export const registerServiceWorker = (): void => {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    useUpdateStore.setState({
      apply: () => {
        // Reload only once the new worker controls the page, so it serves the new assets.
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  void wb.register();
};
