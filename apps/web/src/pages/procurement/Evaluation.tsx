import { useTranslation } from 'react-i18next';
import { Bidi } from '../../components/Bidi';
import { useFormat } from '../../locale/format';
import type { Evaluation as EvaluationData, Procurement } from './types';

interface Props {
  p: Procurement;
  evaluation: EvaluationData;
  orgName(id: string): string;
}

/** The opened quotes ranked by the weights set when the need was posted, each criterion's points shown so the ranking can be checked. */
export function Evaluation({ p, evaluation, orgName }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  if (evaluation.ranking.length === 0) return null;
  return (
    <section className="card stack" data-testid="evaluation">
      <h3>{t('procurement.evaluation.heading')}</h3>
      <p className="muted" data-testid="evaluation-criteria">
        {evaluation.criteria
          .map((c) =>
            t('procurement.evaluation.weight', { criterion: t(`procurement.evaluation.criteria.${c.criterion}`), n: f.number(c.weight) }),
          )
          .join(' · ')}
      </p>
      <ol className="cards" data-testid="ranking">
        {evaluation.ranking.map((r) => (
          <li key={r.quoteId} className={`item${p.awardedQuoteId === r.quoteId ? ' winner' : ''}`} data-testid="ranked-quote">
            <div className="item-row">
              <span data-testid="rank">{t('procurement.evaluation.rank', { n: f.number(r.rank) })}</span>
              <Bidi className="item-title">{orgName(r.supplierOrganizationId)}</Bidi>
            </div>
            <div className="item-row">
              <span>{t('procurement.evaluation.score')}</span>
              <bdi data-testid="score">{f.number(r.score, { maxFractionDigits: 2 })}</bdi>
            </div>
            <ul className="amounts">
              {evaluation.criteria.map((c) => (
                <li key={c.criterion}>
                  <span>{t(`procurement.evaluation.criteria.${c.criterion}`)}</span>
                  <bdi data-testid={`points-${c.criterion}`}>
                    {t('procurement.evaluation.points', {
                      n: f.number(r.contributions[c.criterion] ?? '0', { maxFractionDigits: 2 }),
                      of: f.number(c.weight),
                    })}
                  </bdi>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
