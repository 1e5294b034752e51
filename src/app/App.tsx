import { lazy, Suspense, useEffect } from 'react';
import { useSessionUser } from '../db/hooks';
import { HomePage } from '../features/home/HomePage';
import { InspectionPage } from '../features/inspections/InspectionPage';
import { LoginPage } from '../features/login/LoginPage';
import { OrderPage } from '../features/orders/OrderPage';
import { ensurePersistentStorage } from '../features/export/persist';
import { Stage, type User } from '../shared/schema';
import { Notice } from '../ui/Notice';
import { Header } from './Header';
import { useT } from './i18n';
import { useHashQuery, useRoute, type Route } from './router';
import { canUseOffice } from './session';
import { SyncNotices } from './SyncNotices';
import { UpdatePrompt } from './UpdatePrompt';

// The office is a desktop tool; keeping it out of the initial bundle keeps the phone fast.
const OfficePage = lazy(() => import('../features/office/OfficePage'));
// The report is read at the end of an inspection (and printed); it need not load before then.
const ReportPage = lazy(() => import('../features/report/ReportPage'));
// Sync details and the office's device list are visited rarely; neither belongs in the start bundle.
const SyncScreen = lazy(() => import('../features/sync-screen/SyncScreen'));
const DevicesPage = lazy(() => import('../features/sync-screen/DevicesPage'));

export const App = () => {
  const t = useT();
  const user = useSessionUser();
  const route = useRoute();
  const signedIn = Boolean(user);
  useEffect(() => {
    if (signedIn) void ensurePersistentStorage();
  }, [signedIn]);
  if (user === undefined) return <p className="loading">{t('app.loading')}</p>;
  // The stored session opens the app offline; #/login stays reachable to sign in again.
  if (!user || route.name === 'login') {
    return (
      <>
        <UpdatePrompt />
        <LoginPage />
      </>
    );
  }
  return (
    <>
      <Header user={user} />
      <UpdatePrompt />
      <main className={route.name.startsWith('office') ? 'main main-wide' : 'main'}>
        <SyncNotices />
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <Screen route={route} user={user} />
        </Suspense>
      </main>
    </>
  );
};

const Screen = ({ route, user }: { route: Route; user: User }) => {
  const t = useT();
  const query = new URLSearchParams(useHashQuery());
  switch (route.name) {
    case 'orders':
      return <HomePage user={user} />;
    case 'order':
      return <OrderPage id={route.id} user={user} stage={Stage.safeParse(query.get('stage')).data} />;
    case 'inspection':
      return <InspectionPage id={route.id} />;
    case 'report':
      return <ReportPage inspectionId={route.id} />;
    case 'office':
    case 'officeInspection':
    case 'officeOrder':
      return canUseOffice(user) ? (
        <OfficePage route={route} />
      ) : (
        <Notice tone="error">{t('error.forbidden')}</Notice>
      );
    case 'sync':
      return <SyncScreen />;
    case 'officeDevices':
      return canUseOffice(user) ? <DevicesPage /> : <Notice tone="error">{t('error.forbidden')}</Notice>;
    default:
      return <Notice tone="error">{t('error.not-found')}</Notice>;
  }
};
