import type { Schemas } from '../../api';

export type LocalText = Schemas['LocalTextView'];

/** The text in the reader's language, else in another the author wrote. */
export const pick = (t: LocalText, lang: string) => t[lang as keyof LocalText] ?? t.en ?? t.fa ?? t.az ?? '';
