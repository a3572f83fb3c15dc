import { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAsciiDigits } from '../../components/decimal';
import { DecimalInput } from '../../components/DecimalInput';
import type { SupplierFilters } from './types';

/** Narrowing the directory: by HS code (any of 2, 4 or 6 digits, typed in any digits), by name or city, and nearest to a place. */
export function SupplierFilterForm({ onFilter }: { onFilter(filters: SupplierFilters): void }) {
  const { t } = useTranslation();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    onFilter({ category: toAsciiDigits(form.category ?? '').trim() || undefined, q: form.q?.trim() || undefined, lat: form.lat || undefined, lng: form.lng || undefined });
  };
  return (
    <form className="card stack screen" onSubmit={submit} role="search" data-testid="supplier-filters">
      <div className="fields">
        <label>
          {t('suppliers.text')}
          <input name="q" type="search" dir="auto" data-testid="supplier-text" />
        </label>
        <label>
          {t('suppliers.category')}
          <input name="category" inputMode="numeric" dir="ltr" pattern="[0-9۰-۹٠-٩]{2}([0-9۰-۹٠-٩]{2}){0,2}" placeholder="5106" data-testid="supplier-category" />
        </label>
      </div>
      <details>
        <summary>{t('suppliers.near')}</summary>
        <div className="fields">
          <DecimalInput label={t('common.lat')} name="lat" signed />
          <DecimalInput label={t('common.lng')} name="lng" signed />
        </div>
      </details>
      <button type="submit" data-testid="supplier-filter">
        {t('suppliers.filter')}
      </button>
    </form>
  );
}
