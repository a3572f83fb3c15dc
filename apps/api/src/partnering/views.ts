import { ApiProperty } from '@nestjs/swagger';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@hamkar/clusters';
import { CHANNEL_KINDS, type ChannelKind } from '@hamkar/messaging';
import {
  MEETING_STATUSES,
  type MeetingStatus,
  OFFER_DIRECTIONS,
  OFFER_KINDS,
  type OfferDirection,
  type OfferKind,
} from '@hamkar/partnering';
import { nullableTime, nullableUuid, time, uuid } from '../openapi-properties';

/* The answers of the partner search, meeting and public page routes, for the OpenAPI document (see identity/views.ts). */

export class PartnerOfferView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) clusterId: string;
  @ApiProperty({ ...uuid, description: 'The organization the offer is for.' }) organizationId: string;
  @ApiProperty(uuid) postedBy: string;
  @ApiProperty({ enum: OFFER_DIRECTIONS }) direction: OfferDirection;
  @ApiProperty({ enum: OFFER_KINDS }) kind: OfferKind;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String], description: 'HS 2022 chapters, headings or subheadings (2, 4 or 6 digits).', example: ['5701'] })
  hsCodes: string[];
  @ApiProperty({ type: String, nullable: true, example: 'Sumqayıt' }) place: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166 alpha-2.', example: 'AZ' }) country: string | null;
  @ApiProperty() open: boolean;
  @ApiProperty(time) createdAt: Date;
}

export class PartnerOfferPage {
  @ApiProperty({ type: [PartnerOfferView], description: 'Open offers, newest first.' }) items: PartnerOfferView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** The direct conversation "interested" opened (or found) with whoever posted the offer. */
export class InterestChannelView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) clusterId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CHANNEL_KINDS }) kind: ChannelKind;
  @ApiProperty({ type: String, nullable: true }) topic: string | null;
  @ApiProperty() lastSeq: number;
  @ApiProperty(nullableTime) archivedAt: Date | null;
  @ApiProperty(time) createdAt: Date;
}

export class OfferInterestView {
  @ApiProperty(uuid) offerId: string;
  @ApiProperty(uuid) channelId: string;
  @ApiProperty({ type: InterestChannelView }) channel: InterestChannelView;
}

export class PartnerMeetingView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) clusterId: string;
  @ApiProperty(uuid) requestedBy: string;
  @ApiProperty(uuid) inviteeId: string;
  @ApiProperty(nullableUuid) offerId: string | null;
  @ApiProperty() agenda: string;
  @ApiProperty({ type: [String], format: 'date-time', description: 'Instants, earliest first.' }) proposedTimes: string[];
  @ApiProperty({ enum: MEETING_STATUSES }) status: MeetingStatus;
  @ApiProperty({ ...nullableTime, description: 'The proposed time the invitee accepted.' }) startsAt: string | null;
  @ApiProperty(nullableTime) remindedAt: Date | null;
  @ApiProperty(time) createdAt: Date;
}

export class PartnerMeetingPage {
  @ApiProperty({ type: [PartnerMeetingView], description: "The caller's meetings, asked or asked of them, newest first." })
  items: PartnerMeetingView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ClusterListingView {
  @ApiProperty(uuid) organizationId: string;
  @ApiProperty({ example: 'Zanjan-pattern 9 m² carpets, natural dyes' }) makes: string;
}

/** The public page's settings as a member sees them, with the listing of the caller's organization. */
export class PublicPageSettingsView {
  @ApiProperty() published: boolean;
  @ApiProperty({ type: String, nullable: true }) about: string | null;
  @ApiProperty({ type: ClusterListingView, nullable: true, description: "The caller's organization's listing, when it is listed." })
  myListing: ClusterListingView | null;
}

export class PublicClusterMemberView {
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind: OrganizationKind;
  @ApiProperty() city: string;
  @ApiProperty() makes: string;
}

/** The page anyone sees: who the cluster is, and the member firms that chose to be listed. */
export class PublicClusterView {
  @ApiProperty({ example: 'zanjan-carpets' }) slug: string;
  @ApiProperty() name: string;
  @ApiProperty() sector: string;
  @ApiProperty() country: string;
  @ApiProperty() region: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) about: string | null;
  @ApiProperty({ type: [PublicClusterMemberView], description: 'By name.' }) members: PublicClusterMemberView[];
}

export class ContactReceivedView {
  @ApiProperty() received: boolean;
}
