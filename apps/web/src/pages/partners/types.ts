import type { Schemas } from '../../api';

/* The wire types are the api's own (generated from its OpenAPI document). */
export type Offer = Schemas['PartnerOfferView'];
export type Meeting = Schemas['PartnerMeetingView'];

// `satisfies` ties the choices to the api's values: a kind the api drops fails the type check.
export const OFFER_KINDS = ['capacity', 'subcontracting', 'buyer-sought', 'machine-sharing'] as const satisfies readonly Offer['kind'][];
export const OFFER_DIRECTIONS = ['offer', 'request'] as const satisfies readonly Offer['direction'][];

/** The reader's own time zone, named: the times shown are in it. */
export const ownTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
