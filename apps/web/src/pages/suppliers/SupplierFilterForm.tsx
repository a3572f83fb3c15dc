import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDigits, toAsciiDigits } from '../../components/decimal';
import { useFormat } from '../../locale/format';
import { DecimalInput } from '../../components/DecimalInput';
import type { SupplierFilters } from './types';

/** Narrowing the directory: by HS code (any of 2, 4 or 6 digits, typed in any digits), by name or city, and nearest to a place. */
export function SupplierFilterForm({ onFilter }: { onFilter(filters: SupplierFilters): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [badCode, setBadCode] = useState(false);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    const category = toAsciiDigits(form.category ?? '').trim();
    // Said here, in the reader's language, rather than by the browser's own bubble.
    const bad = category !== '' && !/^\d{2}(\d{2}){0,2}$/.test(category);
    setBadCode(bad);
    if (bad) return;
    onFilter({ category: category || undefined, q: form.q?.trim() || undefined, lat: form.lat || undefined, lng: form.lng || undefined });
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
          <input
            name="category"
            inputMode="numeric"
            dir="ltr"
            placeholder={localDigits('5106', f.locale)}
            aria-invalid={badCode}
            data-testid="supplier-category"
          />
          {badCode && (
            <span className="field-error" role="alert">
              {t('suppliers.badCode')}
            </span>
          )}
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
