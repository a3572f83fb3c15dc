import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, api, client } from '../api';
import { ErrorText } from '../components/ErrorText';
import { LanguageButtons } from '../components/LanguageButtons';
import type { Locale } from '../i18n';

export function AuthPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<'login' | 'register'>('login');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const credentials = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
      const session = await answer(
        mode === 'login'
          ? client.POST('/api/v1/auth/login', { body: credentials })
          : client.POST('/api/v1/auth/register', {
              body: { ...credentials, displayName: String(form.get('displayName') ?? ''), locale: i18n.language as Locale },
            }),
      );
      api.setTokens({ accessToken: session.accessToken, refreshToken: session.refreshToken });
      onSignedIn();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="auth">
      <LanguageButtons />
      <h1>{t('app.name')}</h1>
      <p className="muted">{t('app.tagline')}</p>
      <div role="tablist" className="tabs">
        <button type="button" role="tab" aria-selected={mode === 'login'} onClick={() => setMode('login')} data-testid="tab-login">
          {t('auth.signIn')}
        </button>
        <button type="button" role="tab" aria-selected={mode === 'register'} onClick={() => setMode('register')} data-testid="tab-register">
          {t('auth.register')}
        </button>
      </div>
      <form onSubmit={submit} className="card stack">
        {mode === 'register' && (
          <label>
            {t('auth.displayName')}
            <input name="displayName" required maxLength={100} data-testid="displayName" autoComplete="name" />
          </label>
        )}
        <label>
          {t('auth.email')}
          <input name="email" type="email" required data-testid="email" autoComplete="email" />
        </label>
        <label>
          {t('auth.password')}
          <input
            name="password"
            type="password"
            required
            minLength={mode === 'register' ? 10 : 1}
            data-testid="password"
            autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
          />
        </label>
        <ErrorText error={error} />
        <button type="submit" disabled={busy} data-testid="auth-submit">
          {mode === 'login' ? t('auth.signIn') : t('auth.register')}
        </button>
      </form>
    </main>
  );
}
