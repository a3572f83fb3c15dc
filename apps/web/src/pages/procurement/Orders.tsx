import { useTranslation } from 'react-i18next';
import { ErrorText } from '../../components/ErrorText';
import { OrderCard } from './OrderCard';
import type { Procurement, ProcurementDocument } from './types';
import { useOrders } from './useOrders';

interface Props {
  p: Procurement;
  orgName(id: string): string;
  /** The deliveries' documents this person may read. */
  documents: ProcurementDocument[];
  onDocumentsChanged(): Promise<void>;
}

/** After the award: one order per firm with the supplier, as cards; each party acts on its own. */
export function Orders({ p, orgName, documents, onDocumentsChanged }: Props) {
  const { t } = useTranslation();
  const { orders, error, reload } = useOrders(p);
  if (orders.length === 0 && !error) return null;
  return (
    <section className="card stack" data-testid="orders">
      <h3>{t('procurement.orders.heading')}</h3>
      <ErrorText error={error} onRetry={() => void reload()} />
      <ul className="cards">
        {orders.map((o) => (
          <OrderCard
            key={o.id}
            p={p}
            order={o}
            orgName={orgName}
            onChanged={reload}
            documents={documents.filter((d) => d.orderId === o.id)}
            onDocumentsChanged={onDocumentsChanged}
          />
        ))}
      </ul>
    </section>
  );
}
