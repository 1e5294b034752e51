import type { User } from '../shared/schema';
import { useT } from './i18n';
import { LangSwitch } from './i18n/LangSwitch';
import { LogoutButton } from './LogoutButton';
import { href } from './router';
import { canUseOffice } from './session';
import { SyncBadge } from './SyncBadge';

/** Two compact rows so a 640 px tall phone keeps most of the screen for work. */
export const Header = ({ user }: { user: User }) => {
  const t = useT();
  return (
    <header className="app-header">
      <div className="header-row">
        <a
          className="app-name"
          href={href.orders()}
          title={t('login.signedInAs', { name: user.displayName })}
        >
          {t('app.name')}
        </a>
        <nav className="header-nav">
          <a href={href.orders()}>{t('nav.orders')}</a>
          {canUseOffice(user) && (
            <a href={href.office()} data-testid="nav-office">
              {t('nav.office')}
            </a>
          )}
        </nav>
        <LangSwitch />
      </div>
      <div className="header-row">
        <SyncBadge />
        <a className="btn btn-small" href={href.sync()} data-testid="nav-sync">
          {t('nav.sync')}
        </a>
        <LogoutButton />
      </div>
    </header>
  );
};
