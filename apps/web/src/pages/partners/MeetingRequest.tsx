import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { BackLink } from '../../components/BackLink';
import { Bidi } from '../../components/Bidi';
import { DateField } from '../../components/DateField';
import { ErrorText } from '../../components/ErrorText';
import { useFormat } from '../../locale/format';
import { go } from '../../router';
import { useSession } from '../../session';
import { Offer, ownTimeZone } from './types';

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** Half hours of a working day, in the reader's own clock. */
const TIMES = Array.from({ length: 27 }, (_v, i) => `${pad(7 + Math.floor(i / 2))}:${i % 2 ? '30' : '00'}`);
const MAX_TIMES = 3;

interface Slot {
  day: string;
  time: string;
}
const instant = (s: Slot) => new Date(`${s.day}T${s.time}:00`);

/**
 * Ask a member for a one-to-one meeting at one of a few times, picked in the reader's calendar and time zone; the other person sees them in theirs.
 * From an offer (`offerId`) the poster is invited; from a person's profile (`withUserId`) that person is.
 */
export function MeetingRequest({ clusterId, offerId, withUserId }: { clusterId: string; offerId?: string; withUserId?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me, members } = useSession();
  const [offer, setOffer] = useState<Offer | null>(null);
  const [inviteeId, setInviteeId] = useState(withUserId ?? '');
  const [agenda, setAgenda] = useState('');
  const tomorrow = localDay(new Date(Date.now() + 86_400_000));
  const [slots, setSlots] = useState<Slot[]>([{ day: tomorrow, time: '10:00' }]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!offerId) return;
    answer(client.GET('/api/v1/offers/{id}', { params: { path: { id: offerId } } }))
      .then((o) => {
        setOffer(o);
        setInviteeId(o.postedBy);
        setAgenda((a) => a || o.title);
      })
      .catch(setError);
  }, [offerId]);
  const others = members.filter((m) => m.userId !== me.id);
  const setSlot = (i: number, patch: Partial<Slot>) => setSlots((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await answer(
        client.POST('/api/v1/clusters/{clusterId}/meetings', {
          params: { path: { clusterId } },
          body: {
            inviteeId,
            agenda,
            proposedTimes: slots.filter((s) => s.day).map((s) => instant(s).toISOString()),
            ...(offerId ? { offerId } : {}),
          },
        }),
      );
      go('c', clusterId, 'partners', 'meetings');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="screen" onSubmit={(e) => void submit(e)} data-testid="meeting-form">
      {withUserId ? (
        <BackLink href={`#/c/${clusterId}/people/${withUserId}`} label={t('partners.backToProfile')} />
      ) : (
        <BackLink href={`#/c/${clusterId}/partners`} label={t('partners.back')} />
      )}
      <h2>{t('partners.requestMeeting')}</h2>
      {offer && (
        <p className="muted">
          {t('partners.about')} <Bidi>{offer.title}</Bidi>
        </p>
      )}
      <label className="field">
        <span>{t('partners.with')}</span>
        <select value={inviteeId} onChange={(e) => setInviteeId(e.target.value)} required data-testid="meeting-invitee">
          <option value="" disabled>
            {t('partners.pickPerson')}
          </option>
          {others.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.displayName}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('partners.agenda')}</span>
        <textarea
          value={agenda}
          onChange={(e) => setAgenda(e.target.value)}
          required
          maxLength={1000}
          rows={3}
          dir="auto"
          data-testid="meeting-agenda"
        />
      </label>
      <fieldset className="stack">
        <legend>{t('partners.proposedTimes')}</legend>
        <p className="muted" data-testid="meeting-time-zone">
          {t('partners.inYourTimeZone', { zone: ownTimeZone() })}
        </p>
        {slots.map((s, i) => (
          <div key={i} className="fields" data-testid="meeting-slot">
            <DateField
              label={t('partners.day', { n: f.number(i + 1) })}
              kind="day"
              value={s.day}
              onChange={(day) => setSlot(i, { day })}
              testId={`meeting-day-${i}`}
            />
            <label className="field">
              <span>{t('partners.time')}</span>
              <select value={s.time} onChange={(e) => setSlot(i, { time: e.target.value })} data-testid={`meeting-time-${i}`}>
                {TIMES.map((time) => (
                  <option key={time} value={time}>
                    {f.time(new Date(`2000-01-01T${time}:00`).toISOString())}
                  </option>
                ))}
              </select>
            </label>
            {s.day && <p className="muted">{f.dateTime(instant(s).toISOString())}</p>}
          </div>
        ))}
        {slots.length < MAX_TIMES && (
          <button
            type="button"
            className="secondary"
            onClick={() => setSlots((all) => [...all, { day: '', time: '10:00' }])}
            data-testid="meeting-add-time"
          >
            {t('partners.addTime')}
          </button>
        )}
      </fieldset>
      <ErrorText error={error} />
      <button type="submit" disabled={busy} aria-busy={busy} data-testid="meeting-send">
        {t('partners.sendRequest')}
      </button>
    </form>
  );
}
