import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../../api';
import { Bidi } from '../../components/Bidi';
import { DecimalInput } from '../../components/DecimalInput';
import { ErrorText } from '../../components/ErrorText';
import { useFormat } from '../../locale/format';
import { useSession } from '../../session';
import { lotQuantitiesOf, LotQuantityFields } from './LotQuantityFields';
import { MyParticipation } from './MyParticipation';
import type { Procurement } from './types';

interface Props {
  p: Procurement;
  orgName(id: string): string;
  mayJoin: boolean;
  onJoined(): Promise<void>;
}

/** The firms pooling their demand, as cards, and the way in for a firm that has not joined yet. */
export function Participants({ p, orgName, mayJoin, onJoined }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const joinable = me.organizations.filter((o) => o.kind !== 'supplier' && !p.participants.some((x) => x.organizationId === o.id));
  const alreadyIn = p.participants.some((x) => me.organizations.some((o) => o.id === x.organizationId));

  const join = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const form = Object.fromEntries(data) as Record<string, string>;
    setBusy(true);
    setError(null);
    try {
      const amount = p.lots.length ? { lots: lotQuantitiesOf(data, p.lots) } : { quantity: form.quantity };
      const body = { organizationId: form.organizationId, ...amount };
      await answer(client.POST('/api/v1/procurements/{id}/participations', { params: { path: { id: p.id } }, body }));
      await onJoined();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack">
      <h3>{t('procurement.participants')}</h3>
      {p.participants.length === 0 ? (
        <p className="muted">{t('procurement.noParticipants')}</p>
      ) : (
        <ul className="cards" data-testid="participants">
          {p.participants.map((x) => (
            <li key={x.organizationId} className="item">
              <Bidi className="item-title">{orgName(x.organizationId)}</Bidi>
              {p.lots.length ? (
                <ul className="muted" data-testid="participant-lots">
                  {p.lots.flatMap((l) =>
                    l.participants
                      .filter((s) => s.organizationId === x.organizationId)
                      .map((s) => (
                        <li key={l.id}>
                          <Bidi>{l.title}</Bidi>: {f.quantity(s.quantity, l.unit)}
                        </li>
                      )),
                  )}
                </ul>
              ) : (
                <span data-testid="participant-quantity">{f.quantity(x.quantity, p.unit)}</span>
              )}
              {p.status === 'open' && me.organizations.some((o) => o.id === x.organizationId) && (
                <MyParticipation p={p} organizationId={x.organizationId} quantity={x.quantity} onChanged={onJoined} />
              )}
            </li>
          ))}
        </ul>
      )}
      {p.status === 'open' && mayJoin && !alreadyIn && joinable.length > 0 && (
        <form className="stack screen" onSubmit={(e) => void join(e)} data-testid="join-form">
          <h4>{t('procurement.joinHeading')}</h4>
          <div className="fields">
            {joinable.length > 1 ? (
              <label>
                {t('procurement.buyingFor')}
                <select name="organizationId">
                  {joinable.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <input type="hidden" name="organizationId" value={joinable[0].id} />
            )}
            {p.lots.length ? (
              <LotQuantityFields lots={p.lots} />
            ) : (
              <DecimalInput
                label={t('procurement.yourQuantity', { unit: f.unit(p.unit) })}
                name="quantity"
                required
                testId="join-quantity"
              />
            )}
          </div>
          <ErrorText error={error} />
          <button type="submit" disabled={busy} data-testid="join">
            {t('procurement.join')}
          </button>
        </form>
      )}
    </section>
  );
}
