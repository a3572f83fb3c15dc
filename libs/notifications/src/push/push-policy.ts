/** What may wake a phone: being addressed, and a procurement deadline about to pass. */
export const PUSHABLE_KINDS = [
  'mention',
  'direct-message',
  'procurement.join-deadline-tomorrow',
  'procurement.quote-deadline-tomorrow',
] as const;

export interface PushSettings {
  kinds: string[];
  quietFrom: number | null;
  quietUntil: number | null;
  timeZone: string;
}

export const DEFAULT_PUSH_SETTINGS: PushSettings = { kinds: [...PUSHABLE_KINDS], quietFrom: null, quietUntil: null, timeZone: 'UTC' };

/** Minutes after midnight at `at` in `timeZone` (an unknown zone counts as UTC). */
export function localMinutes(at: Date, timeZone: string): number {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  } catch {
    parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

/** Whether a notification of `kind` may be pushed now under these settings. */
export function mayPush(settings: PushSettings, kind: string, at: Date): boolean {
  if (!settings.kinds.includes(kind)) return false;
  const { quietFrom: from, quietUntil: until } = settings;
  if (from === null || until === null || from === until) return true;
  const now = localMinutes(at, settings.timeZone);
  const quiet = from < until ? now >= from && now < until : now >= from || now < until;
  return !quiet;
}
