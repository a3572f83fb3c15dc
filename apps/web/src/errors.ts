import type { TFunction } from 'i18next';
import { ApiError, Problem } from './api';

/*
 * What a user reads when something fails: the problem's stable `code` translated, never the server's
 * English `title` or `detail` (those are for developers). Unknown codes fall back to a sentence for the
 * status, then to "something went wrong".
 */

const STATUS_FALLBACK: Record<number, string> = {
  0: 'network',
  400: 'input.invalid',
  401: 'auth.unauthenticated',
  403: 'access.denied',
  404: 'resource.not-found',
  409: 'state.conflict',
  410: 'resource.gone',
  413: 'input.too-large',
  422: 'rule.broken',
  429: 'rate.limited',
  503: 'service.unavailable',
};

/** i18next keys may not contain dots inside a segment, so `procurement.wrong-state` lives at `problems.procurement.wrong-state`. */
const keyOf = (code: string) => `problems.${code}`;

export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  if (error && typeof error === 'object' && 'problem' in error) return (error as { problem: Problem }).problem;
  if (error && typeof error === 'object' && 'status' in error && 'title' in error) return error as Problem;
  if (error instanceof TypeError) return { status: 0, title: 'Network error', code: 'network' };
  return { status: -1, title: 'Unexpected', code: 'unexpected' };
}

/** The translated sentence for a problem (or anything thrown), in the reader's language. */
export function problemMessage(t: TFunction, error: unknown): string {
  const problem = problemOf(error);
  const params = { ...(problem.params ?? {}), ...translatedParams(t, problem.params) };
  const candidates = [problem.code, STATUS_FALLBACK[problem.status], problem.status >= 500 ? 'server.internal' : undefined, 'unexpected'];
  for (const code of candidates) {
    if (code && t(keyOf(code), { defaultValue: '' })) return t(keyOf(code), params);
  }
  return t(keyOf('unexpected'));
}

/** Per-field sentences for a validation problem: "Quantity: must be a number". */
export function fieldMessages(t: TFunction, error: unknown): Array<{ field: string; label: string; message: string }> {
  const problem = problemOf(error);
  return (problem.errors ?? []).map((e) => {
    const label = t(`fieldNames.${e.field}`, { defaultValue: '' }) || e.field;
    const code = e.code ?? 'input.invalid';
    // input.* codes say what is wrong with the value ("is required"); a domain code is a whole sentence.
    const message = code.startsWith('input.')
      ? t(`fieldProblems.${code.slice('input.'.length)}`, { defaultValue: '' }) || t('fieldProblems.invalid')
      : t(keyOf(code), { defaultValue: '' }) || t('fieldProblems.invalid');
    return { field: e.field, label, message };
  });
}

// Params that are themselves codes (a state, a role, an action) are shown in the reader's words.
function translatedParams(t: TFunction, params: Problem['params']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value !== 'string') continue;
    const key =
      name === 'state' || name === 'status' || name === 'from' || name === 'to'
        ? `procurement.status.${value}`
        : name === 'role'
          ? `roles.${value}`
          : name === 'action'
            ? `actions.${value}`
            : null;
    if (key) out[name] = t(key, { defaultValue: value });
  }
  return out;
}
