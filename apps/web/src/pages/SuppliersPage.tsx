import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client } from '../api';
import { ScreenState } from '../components/ScreenState';
import { useFormat } from '../locale/format';
import { useRoute } from '../router';
import { useSession } from '../session';
import { SupplierCard } from './suppliers/SupplierCard';
import { SupplierFilterForm } from './suppliers/SupplierFilterForm';
import { SupplierProfileForm } from './suppliers/SupplierProfileForm';
import type { Supplier, SupplierFilters } from './suppliers/types';
import '../styles/screens.css';

/** `#/c/<cluster>/suppliers` is the directory; `/profile` is the caller's own supplier profile. */
export function SuppliersPage() {
  const route = useRoute();
  const { me } = useSession();
  const supplier = me.organizations.find((o) => o.kind === 'supplier');
  if (route[3] === 'profile' && supplier) return <SupplierProfileForm organizationId={supplier.id} />;
  return <SupplierDirectory supplierOrganization={!!supplier} />;
}

/** The cluster's supplier directory, as cards on every screen size (a table does not fit a phone). */
function SupplierDirectory({ supplierOrganization }: { supplierOrganization: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { cluster } = useSession();
  const [filters, setFilters] = useState<SupplierFilters>({});
  const [items, setItems] = useState<Supplier[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    setError(null);
    setItems(null);
    const { category, q, lat, lng } = filters;
    const query = {
      limit: 100,
      ...(category ? { category } : {}),
      ...(q ? { q } : {}),
      ...(lat ? { lat: Number(lat) } : {}),
      ...(lng ? { lng: Number(lng) } : {}),
    };
    answer(client.GET('/api/v1/clusters/{clusterId}/suppliers', { params: { path: { clusterId: cluster!.id }, query } }))
      .then((p) => setItems(p.items))
      .catch(setError);
  }, [cluster, filters]);
  useEffect(load, [load]);

  const filtered = Object.values(filters).some(Boolean);
  return (
    <div className="screen" data-testid="suppliers-page">
      <div className="screen-head">
        <h2>{t('suppliers.heading')}</h2>
        {supplierOrganization && (
          <a className="button secondary" href={`#/c/${cluster!.id}/suppliers/profile`} data-testid="my-profile">
            {t('suppliers.profile.heading')}
          </a>
        )}
      </div>
      <SupplierFilterForm onFilter={setFilters} />
      <ScreenState
        loading={items === null && !error}
        error={error}
        onRetry={load}
        empty={items?.length === 0}
        emptyText={filtered ? t('suppliers.noneMatch') : t('suppliers.empty')}
      >
        <p className="muted" role="status">
          {t('suppliers.count', { count: items?.length ?? 0, n: f.number(items?.length ?? 0) })}
        </p>
        <ul className="cards" data-testid="suppliers">
          {items?.map((s) => (
            <li key={s.organizationId}>
              <SupplierCard s={s} />
            </li>
          ))}
        </ul>
      </ScreenState>
    </div>
  );
}
