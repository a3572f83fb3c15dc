import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/screens.css';
import { DecimalOptions, parseDecimal } from './decimal';

interface Props extends Omit<DecimalOptions, 'locale'> {
  label: string;
  /** The form field carrying the ASCII value (a hidden input, so FormData sees the normalised number). */
  name?: string;
  required?: boolean;
  defaultValue?: string;
  placeholder?: string;
  testId?: string;
  /** Hides the label visually (it stays for screen readers), for compact rows such as quote tiers. */
  hideLabel?: boolean;
  onValue?(value: string | null): void;
}

/**
 * A number field that takes what a Persian, Arabic or Azerbaijani keyboard types, shows it as typed,
 * and hands the form an ASCII decimal. A bad number gets a translated line under the field instead
 * of the browser's own bubble (which speaks the browser's language, not the user's).
 */
export function DecimalInput({
  label,
  name,
  required,
  defaultValue = '',
  placeholder,
  testId,
  hideLabel,
  onValue,
  integer,
  signed,
}: Props) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(defaultValue);
  const [touched, setTouched] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const parsed = parseDecimal(text, { integer, signed, locale: i18n.language });
  const problem = 'problem' in parsed && (required || parsed.problem !== 'required') ? parsed.problem : null;
  const value = 'value' in parsed ? parsed.value : '';
  const message = problem ? t(`fields.number.${problem}`) : '';

  useEffect(() => {
    input.current?.setCustomValidity(message);
  }, [message]);
  useEffect(() => {
    onValue?.(problem ? null : value || null);
  }, [value, problem]); // eslint-disable-line react-hooks/exhaustive-deps

  // The form asks every field before it submits; we answer in the user's language, inline.
  const onInvalid = (e: FormEvent<HTMLInputElement>) => {
    e.preventDefault();
    setTouched(true);
  };

  return (
    <label className={hideLabel ? 'field compact' : 'field'} htmlFor={id}>
      <span className={hideLabel ? 'visually-hidden' : undefined}>{label}</span>
      <input
        ref={input}
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        dir="ltr"
        value={text}
        placeholder={placeholder}
        aria-invalid={touched && !!problem}
        aria-describedby={touched && problem ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => setTouched(true)}
        onInvalid={onInvalid}
        data-testid={testId}
      />
      {name && <input type="hidden" name={name} value={problem ? '' : value} />}
      {touched && problem && (
        <span id={`${id}-error`} className="field-error" role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {message}
        </span>
      )}
    </label>
  );
}
