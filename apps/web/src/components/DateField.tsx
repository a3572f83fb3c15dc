import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import DatePicker, { DateObject } from 'react-multi-date-picker';
import type { Locale as PickerLocale } from 'react-date-object';
import gregorian from 'react-date-object/calendars/gregorian';
import persian from 'react-date-object/calendars/persian';
import gregorian_en from 'react-date-object/locales/gregorian_en';
import persian_fa from 'react-date-object/locales/persian_fa';
import { useFormat } from '../locale/format';
import '../styles/screens.css';

/** The picker ships no Azerbaijani; names as CLDR writes them (stand-alone months, week from Saturday as the library orders it). */
const gregorian_az: PickerLocale = {
  name: 'gregorian_az',
  months: ['Yanvar', 'Fevral', 'Mart', 'Aprel', 'May', 'İyun', 'İyul', 'Avqust', 'Sentyabr', 'Oktyabr', 'Noyabr', 'Dekabr'].map((m) => [
    m,
    m.slice(0, 3),
  ]),
  weekDays: [
    ['şənbə', 'Ş.'],
    ['bazar', 'B.'],
    ['bazar ertəsi', 'B.e.'],
    ['çərşənbə axşamı', 'Ç.a.'],
    ['çərşənbə', 'Ç.'],
    ['cümə axşamı', 'C.a.'],
    ['cümə', 'C.'],
  ],
  digits: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  meridiems: [
    ['AM', 'AM'],
    ['PM', 'PM'],
  ],
};

const CALENDARS = {
  fa: { calendar: persian, locale: persian_fa, weekStart: undefined }, // the Solar Hijri week starts on Saturday already
  az: { calendar: gregorian, locale: gregorian_az, weekStart: 1 }, // Monday (the library counts from Sunday)
  en: { calendar: gregorian, locale: gregorian_en, weekStart: 1 },
};

interface Props {
  label: string;
  /** An ISO instant (`kind="instant"`, e.g. a deadline) or a calendar day `YYYY-MM-DD` (`kind="day"`). */
  value: string;
  onChange(value: string): void;
  kind?: 'instant' | 'day';
  required?: boolean;
  testId?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date picked in the user's own calendar: Solar Hijri with Persian month names and digits in
 * Persian, Gregorian with Azerbaijani or English month names otherwise. The field shows the date the
 * way every other date in the app is shown (the day: a deadline keeps its time of day when another
 * day is picked); values go in and out as ISO strings.
 */
export function DateField({ label, value, onChange, kind = 'instant', required, testId }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  useAccessibleDays(open ? wrapper.current : null, label);
  const lang = (i18n.language in CALENDARS ? i18n.language : 'en') as keyof typeof CALENDARS;
  const { calendar, locale, weekStart } = CALENDARS[lang];
  const current = value ? (kind === 'day' ? new Date(`${value}T12:00:00`) : new Date(value)) : null;

  const pick = (picked: DateObject | null) => {
    if (!picked) return onChange('');
    const day = picked.toDate();
    if (kind === 'day') return onChange(`${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`);
    const at = current ?? new Date();
    day.setHours(at.getHours(), at.getMinutes(), 0, 0);
    onChange(day.toISOString());
  };

  return (
    <div className="field" ref={wrapper}>
      <label htmlFor={id}>{label}</label>
      <DatePicker
        value={current}
        onChange={pick}
        calendar={calendar}
        locale={locale}
        weekStartDayIndex={weekStart}
        monthYearSeparator=" "
        calendarPosition={lang === 'fa' ? 'bottom-right' : 'bottom-left'}
        fixMainPosition
        containerClassName="date-field"
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        className={lang === 'fa' ? 'rmdp-rtl' : undefined}
        // The library's arrows have no accessible name; ours say where they go, in the reader's language.
        renderButton={(direction: string, onClick: () => void, disabled: boolean, onKeyDown: () => void) => (
          <button
            type="button"
            className={`rmdp-arrow-container rmdp-${direction}${disabled ? ' disabled' : ''}`}
            onClick={onClick}
            onKeyDown={onKeyDown}
            disabled={disabled}
            aria-label={t(direction === 'right' ? 'fields.date.next' : 'fields.date.previous')}
          >
            <i className="rmdp-arrow" aria-hidden="true" />
          </button>
        )}
        render={(_text: string, open: () => void) => (
          <input
            id={id}
            readOnly
            required={required}
            value={current ? format.date(current.toISOString()) : ''}
            onClick={open}
            onFocus={open}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown') && open()}
            data-testid={testId}
          />
        )}
      />
    </div>
  );
}

/**
 * The library renders each day as a <div> with an aria-label but no role, and its popup as a dialog
 * without a name: screen readers skip the days and axe flags both. While the calendar is open, the
 * days are marked as the buttons they are and the popup is named after the field.
 */
function useAccessibleDays(container: HTMLElement | null, label: string) {
  useEffect(() => {
    const root = container;
    if (!root) return;
    const mark = () => {
      root.querySelectorAll('.rmdp-wrapper:not([aria-label])').forEach((w) => w.setAttribute('aria-label', label));
      root.querySelectorAll('.rmdp-day:not([role])').forEach((d) => d.setAttribute('role', 'button'));
    };
    mark();
    const watcher = new MutationObserver(mark);
    watcher.observe(root, { childList: true, subtree: true });
    return () => watcher.disconnect();
  }, [container, label]);
}
