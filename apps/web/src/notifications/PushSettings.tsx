import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api';
import { ErrorText } from '../components/ErrorText';
import { currentSubscription, disablePush, enablePush, PushPreferences, PUSHABLE_KINDS, pushSupported } from './push';

const hhmm = (minutes: number | null) =>
  minutes === null ? '' : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const minutesOf = (value: string) => (/^\d{2}:\d{2}$/.test(value) ? Number(value.slice(0, 2)) * 60 + Number(value.slice(3)) : null);

/** Opt-in for this device, which kinds wake it, and quiet hours in the person's own time zone. */
export function PushSettings() {
  const { t } = useTranslation();
  const [on, setOn] = useState<boolean | null>(null);
  const [prefs, setPrefs] = useState<PushPreferences | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!pushSupported()) return;
    void currentSubscription()
      .then((s) => setOn(!!s))
      .catch(() => setOn(false));
    void answer(client.GET('/api/v1/push/preferences')).then(setPrefs).catch(setError);
  }, []);
  if (!pushSupported()) return null;

  const toggle = async () => {
    setError(null);
    try {
      if (on) {
        await disablePush();
        setOn(false);
      } else setOn(await enablePush());
    } catch (err) {
      setError(err);
    }
  };
  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setSaved(false);
    try {
      const body = {
        kinds: PUSHABLE_KINDS.filter((k) => form.get(k)),
        quietFrom: minutesOf(String(form.get('quietFrom') ?? '')),
        quietUntil: minutesOf(String(form.get('quietUntil') ?? '')),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
      };
      setPrefs(await answer(client.PUT('/api/v1/push/preferences', { body })));
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <details className="card push-settings" data-testid="push-settings">
      <summary>{t('push.title')}</summary>
      <p className="muted">{t('push.explain')}</p>
      <button
        type="button"
        className={on ? 'secondary' : ''}
        onClick={() => void toggle()}
        data-testid="push-toggle"
        disabled={on === null}
      >
        {on ? t('push.off') : t('push.on')}
      </button>
      {prefs && (
        <form className="stack" onSubmit={(e) => void save(e)}>
          {PUSHABLE_KINDS.map((k) => (
            <label key={k} className="inline">
              <input type="checkbox" name={k} defaultChecked={prefs.kinds.includes(k)} /> {t(`notifications.kinds.${k}`)}
            </label>
          ))}
          <fieldset className="row">
            <legend>{t('push.quiet')}</legend>
            <label>
              {t('push.from')}
              <input type="time" name="quietFrom" defaultValue={hhmm(prefs.quietFrom)} dir="ltr" />
            </label>
            <label>
              {t('push.until')}
              <input type="time" name="quietUntil" defaultValue={hhmm(prefs.quietUntil)} dir="ltr" />
            </label>
          </fieldset>
          <button type="submit" className="secondary">
            {t('push.save')}
          </button>
          {saved && <p role="status">{t('push.saved')}</p>}
        </form>
      )}
      <ErrorText error={error} />
    </details>
  );
}
