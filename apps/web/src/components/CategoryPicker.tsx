import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../api';
import { Bidi } from './Bidi';
import { localDigits, toAsciiDigits } from './decimal';

type Category = Schemas['CategoryView'];

/** Searches the HS tree in the user's language (names or codes, in any digits) and hands back the chosen code. */
export function CategoryPicker({
  value,
  onChange,
  missing,
}: {
  value: string;
  onChange(code: string): void;
  /** The form was sent without one. */ missing?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<Category[]>([]);
  const [chosen, setChosen] = useState<Category | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const query = toAsciiDigits(q).trim();
    if (query.length < 2) return setOptions([]);
    const timer = setTimeout(() => {
      setFailed(false);
      answer(client.GET('/api/v1/categories', { params: { query: { limit: 15, q: query } } }))
        .then((p) => setOptions(p.items))
        .catch(() => setFailed(true));
    }, 250);
    return () => clearTimeout(timer);
  }, [q]);
  const pick = (code: string) => {
    onChange(code);
    setChosen(options.find((o) => o.code === code) ?? null);
  };
  const name = (c: Category) => `${localDigits(c.code, i18n.language)} — ${c.name}`;
  return (
    <fieldset className="stack category-picker">
      <legend>{t('procurement.category')}</legend>
      <input
        type="search"
        dir="auto"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('procurement.categorySearch')}
        aria-label={t('procurement.categorySearch')}
        data-testid="category-search"
      />
      {options.length > 0 ? (
        <select
          value={value}
          onChange={(e) => pick(e.target.value)}
          required
          aria-label={t('procurement.category')}
          data-testid="category-select"
          size={Math.min(6, Math.max(2, options.length))}
        >
          {value && !options.some((o) => o.code === value) && <option value={value}>{chosen ? name(chosen) : value}</option>}
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {name(o)}
            </option>
          ))}
        </select>
      ) : (
        <p className="muted">
          {failed ? t('procurement.categoryFailed') : q.trim().length >= 2 ? t('procurement.categoryNone') : t('procurement.categoryHint')}
        </p>
      )}
      {missing && !value && (
        <p className="field-error" role="alert" data-testid="category-missing">
          {t('procurement.categoryMissing')}
        </p>
      )}
      {chosen && (
        <p data-testid="category-chosen">
          {t('procurement.categoryChosen')} <Bidi>{name(chosen)}</Bidi>
        </p>
      )}
    </fieldset>
  );
}
