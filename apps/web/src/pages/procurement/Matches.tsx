import { useTranslation } from 'react-i18next';
import { Bidi } from '../../components/Bidi';
import { useFormat } from '../../locale/format';
import type { Match } from './types';

/** Suppliers matched to the need, best first, with the reasons (already in the reader's language). */
export function Matches({ matches, orgName }: { matches: Match[]; orgName(id: string): string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="card stack">
      <h3>{t('procurement.matches')}</h3>
      <ul className="cards" data-testid="matches">
        {matches.slice(0, 10).map((m) => (
          <li key={m.supplierOrganizationId} className="item">
            <div className="item-row">
              <Bidi className="item-title">{orgName(m.supplierOrganizationId)}</Bidi>
              <span className="badge" title={t('procurement.score')}>
                {f.number(m.score, { maxFractionDigits: 0 })}
              </span>
            </div>
            <ul className="muted">
              {m.reasons.map((r) => (
                <li key={r} dir="auto">
                  {r}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
