import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import type { Page } from '../types';

interface Category {
  code: string;
  name: string;
  level: number;
}

/** Searches the HS tree in the user's language and hands back the chosen code. */
export function CategoryPicker({ value, onChange }: { value: string; onChange(code: string): void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<Category[]>([]);
  useEffect(() => {
    if (q.trim().length < 2) return setOptions([]);
    const timer = setTimeout(() => void api.get<Page<Category>>(`/categories?limit=15&q=${encodeURIComponent(q)}`).then((p) => setOptions(p.items)), 250);
    return () => clearTimeout(timer);
  }, [q]);
  return (
    <fieldset className="stack">
      <legend>{t('procurement.category')}</legend>
      <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('procurement.categorySearch')} aria-label={t('procurement.categorySearch')} data-testid="category-search" />
      <select value={value} onChange={(e) => onChange(e.target.value)} required aria-label={t('procurement.category')} data-testid="category-select" size={Math.min(6, Math.max(2, options.length))}>
        {value && !options.some((o) => o.code === value) && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.code} — {o.name}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
