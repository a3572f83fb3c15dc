import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalText } from './local-text';

const LANGS = ['fa', 'az', 'en'] as const;

/**
 * A text the cluster reads in its three languages: the writer's own language first, the other two
 * folded away (one language is enough; the others fall back to it).
 */
export function LocalTextInput({
  label,
  value,
  onChange,
  multiline,
  testId,
}: {
  label: string;
  value: LocalText;
  onChange(v: LocalText): void;
  multiline?: boolean;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const own = (LANGS.find((l) => l === i18n.language) ?? 'en') as (typeof LANGS)[number];
  const set = (lang: (typeof LANGS)[number], text: string) => {
    const next = { ...value };
    if (text.trim() === '') delete next[lang];
    else next[lang] = text;
    onChange(next);
  };
  const field = (lang: (typeof LANGS)[number], fieldLabel: string) => {
    const common = {
      id: `${id}-${lang}`,
      lang,
      dir: lang === 'fa' ? 'rtl' : 'ltr',
      value: value[lang] ?? '',
      onChange: (e: { target: { value: string } }) => set(lang, e.target.value),
      'data-testid': `${testId}-${lang}`,
    };
    return (
      <label key={lang} className="field" htmlFor={common.id}>
        <span>{fieldLabel}</span>
        {multiline ? <textarea rows={2} {...common} /> : <input {...common} />}
      </label>
    );
  };
  return (
    <div className="stack local-text">
      {field(own, label)}
      <details>
        <summary>{t('development.otherLanguages')}</summary>
        {LANGS.filter((l) => l !== own).map((l) => field(l, `${label} (${t(`languages.${l}`)})`))}
      </details>
    </div>
  );
}

export const hasText = (v: LocalText) => LANGS.some((l) => (v[l] ?? '').trim() !== '');
