import { useState, type FormEvent } from 'react';
import { errorKey, useT } from '../../app/i18n';
import { LangSwitch } from '../../app/i18n/LangSwitch';
import { href, navigate } from '../../app/router';
import { api, syncEngine } from '../../app/services';
import { signIn } from '../../app/session';
import { useDb } from '../../db/context';
import { errorCodeOf } from '../../sync/http';
import type { SyncErrorCode } from '../../sync/status';

export const LoginPage = () => {
  const t = useT();
  const db = useDb();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SyncErrorCode | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(db, api, {
        username: username.trim(),
        password,
        deviceName: navigator.userAgent.slice(0, 80),
      });
      navigate(href.orders());
      // Resumes a queue held back by an expired session, and downloads this user's orders.
      void syncEngine.syncOnce();
    } catch (caught) {
      setError(errorCodeOf(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="main login">
      <div className="login-top">
        <h1>{t('app.name')}</h1>
        <LangSwitch />
      </div>
      <form className="card form" onSubmit={(event) => void submit(event)}>
        <h2>{t('login.title')}</h2>
        <label className="field">
          <span>{t('login.username')}</span>
          <input
            data-testid="login-username"
            autoComplete="username"
            autoCapitalize="none"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            required
          />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input
            data-testid="login-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </label>
        {error && (
          <p className="field-error" role="alert" data-testid="login-error">
            {t(errorKey(error))}
          </p>
        )}
        <button
          type="submit"
          className="btn btn-primary btn-block"
          data-testid="login-submit"
          disabled={busy}
        >
          {busy ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    </main>
  );
};
