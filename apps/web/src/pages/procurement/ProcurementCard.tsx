import { useTranslation } from 'react-i18next';
import { Bidi } from '../../components/Bidi';
import { useFormat } from '../../locale/format';
import type { ProcurementSummary } from './types';

/** One need on the board: what, how much is pooled so far, and the next deadline that matters. */
export function ProcurementCard({ p, clusterId }: { p: ProcurementSummary; clusterId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const deadline =
    p.status === 'open' ? ['joinDeadline', p.joinDeadline] : p.status === 'quoting' ? ['quoteDeadline', p.quoteDeadline] : null;
  return (
    <a className="item" href={`#/c/${clusterId}/procurements/${p.id}`} data-testid="procurement-tile">
      <Bidi className="item-title">{p.title}</Bidi>
      {p.lotCount ? (
        <span data-testid="tile-lots">{t('procurement.lots.count', { count: p.lotCount, n: f.number(p.lotCount) })}</span>
      ) : (
        <span data-testid="tile-quantity">{f.quantity(p.totalQuantity, p.unit)}</span>
      )}
      {deadline && (
        <span className="muted">
          {t(`procurement.${deadline[0]}`)} {f.relative(deadline[1])}
        </span>
      )}
    </a>
  );
}
