import type { Locale } from '@hamkar/common/pure';

/** A text written for the cluster's languages; at least one is given, readers fall back to another. */
export type LocalText = Partial<Record<Locale, string>>;
