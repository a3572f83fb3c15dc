export const OFFER_KINDS = ['capacity', 'subcontracting', 'buyer-sought', 'machine-sharing'] as const;
export const OFFER_DIRECTIONS = ['offer', 'request'] as const;

export interface Offer {
  id: string;
  clusterId: string;
  organizationId: string;
  postedBy: string;
  direction: (typeof OFFER_DIRECTIONS)[number];
  kind: (typeof OFFER_KINDS)[number];
  title: string;
  description: string;
  hsCodes: string[];
  place: string | null;
  country: string | null;
  open: boolean;
  createdAt: string;
}

export interface Meeting {
  id: string;
  clusterId: string;
  requestedBy: string;
  inviteeId: string;
  offerId: string | null;
  agenda: string;
  proposedTimes: string[];
  status: 'requested' | 'accepted' | 'declined' | 'cancelled';
  startsAt: string | null;
  createdAt: string;
}

/** The reader's own time zone, named: the times shown are in it. */
export const ownTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
