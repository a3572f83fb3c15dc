import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { formatNumber } from '../i18n';
import { useSession } from '../session';
import type { Page } from '../types';

interface Supplier {
  organizationId: string;
  name: string;
  city: string;
  categories: string[];
  capacityPerMonth: string;
  unit: string;
  leadTimeDays: number;
  distanceKm: number | null;
  certifications: string[];
}

export function SuppliersPage() {
  const { t } = useTranslation();
  const { cluster } = useSession();
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [items, setItems] = useState<Supplier[]>([]);
  useEffect(() => {
    const qs = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
    void api.get<Page<Supplier>>(`/clusters/${cluster!.id}/suppliers?limit=100&${qs}`).then((p) => setItems(p.items));
  }, [cluster, filters]);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setFilters(Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>);
  };
  return (
    <div className="stack">
      <form className="card row" onSubmit={submit} role="search">
        <label>
          {t('suppliers.category')}
          <input name="category" pattern="\d{2}(\d{2}){0,2}" placeholder="5106" data-testid="supplier-category" />
        </label>
        <label>
          {t('suppliers.text')}
          <input name="q" />
        </label>
        <label>
          {t('common.lat')}
          <input name="lat" inputMode="decimal" />
        </label>
        <label>
          {t('common.lng')}
          <input name="lng" inputMode="decimal" />
        </label>
        <button type="submit">{t('suppliers.filter')}</button>
      </form>
      <table className="card" data-testid="suppliers">
        <thead>
          <tr>
            <th scope="col">{t('suppliers.name')}</th>
            <th scope="col">{t('common.city')}</th>
            <th scope="col">{t('suppliers.categories')}</th>
            <th scope="col">{t('suppliers.capacity')}</th>
            <th scope="col">{t('suppliers.leadTime')}</th>
            <th scope="col">{t('suppliers.distance')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.organizationId}>
              <td dir="auto">
                {s.name} {s.certifications.map((c) => (
                  <span key={c} className="chip">
                    {c}
                  </span>
                ))}
              </td>
              <td>{s.city}</td>
              <td>{s.categories.join(', ')}</td>
              <td>
                {formatNumber(s.capacityPerMonth)} {s.unit}
              </td>
              <td>{formatNumber(s.leadTimeDays)}</td>
              <td>{s.distanceKm === null ? '—' : `${formatNumber(Math.round(s.distanceKm))} km`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
