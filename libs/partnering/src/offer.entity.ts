import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** What members post to find partners: capacity to share, subcontracting, a buyer sought, a machine to share. */
export const OFFER_KINDS = ['capacity', 'subcontracting', 'buyer-sought', 'machine-sharing'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
/** An offer gives (capacity, a machine); a request asks (a subcontractor, a buyer). */
export const OFFER_DIRECTIONS = ['offer', 'request'] as const;
export type OfferDirection = (typeof OFFER_DIRECTIONS)[number];

@Entity('partner_offers')
export class PartnerOffer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'posted_by', type: 'uuid' })
  postedBy: string;

  @Column({ type: 'text' })
  direction: OfferDirection;

  @Column({ type: 'text' })
  kind: OfferKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** HS 2022 chapters, headings or subheadings (2, 4 or 6 digits). */
  @Column({ name: 'hs_codes', type: 'text', array: true })
  hsCodes: string[];

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ type: 'text', nullable: true })
  country: string | null;

  /** Title, description and place folded like chat search (normalizeForSearch), so any keyboard finds them. */
  @Column({ name: 'search_text', type: 'text', select: false })
  searchText: string;

  @Column({ type: 'boolean', default: true })
  open: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A member said it is interested; the direct conversation it opened. */
@Entity('partner_interests')
export class PartnerInterest {
  @PrimaryColumn({ name: 'offer_id', type: 'uuid' })
  offerId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'channel_id', type: 'uuid' })
  channelId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
