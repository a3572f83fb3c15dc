import { useTranslation } from 'react-i18next';
import { applyLocale, LOCALES } from '../i18n';

/** The three languages as buttons, for screens shown before anyone has signed in (no account menu to pick from). */
export function LanguageButtons() {
  const { t, i18n } = useTranslation();
  return (
    <div className="auth-language" role="group" aria-label={t('nav.language')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className={i18n.language === l ? '' : 'secondary'}
          aria-pressed={i18n.language === l}
          onClick={() => void applyLocale(l)}
          data-testid={`auth-language-${l}`}
        >
          {t(`languages.${l}`)}
        </button>
      ))}
    </div>
  );
}
