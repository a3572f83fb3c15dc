import { ApiProperty } from '@nestjs/swagger';
import { CLUSTER_ROLES, type ClusterRole, ORGANIZATION_KINDS, type OrganizationKind, type Permission, PERMISSIONS } from '@hamkar/clusters';
import { LOCALES, type Locale } from '@hamkar/identity';
import { cursor, nullableUuid, time, uuid } from '../openapi-properties';

/* The answers of the cluster, membership, invitation and organization routes, for the OpenAPI document (see identity/views.ts). */

/** A cluster, with the caller's role in it. */
export class ClusterView {
  @ApiProperty(uuid) id: string;
  @ApiProperty({ example: 'zanjan-carpets' }) slug: string;
  @ApiProperty() name: string;
  @ApiProperty() sector: string;
  @ApiProperty({ example: 'IR', description: 'ISO 3166-1 alpha-2' }) country: string;
  @ApiProperty() region: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ enum: LOCALES, description: "The cluster's language (its mails, its public page)." }) defaultLocale: Locale;
  @ApiProperty(uuid) createdBy: string;
  @ApiProperty(time) createdAt: Date;
  @ApiProperty({ enum: CLUSTER_ROLES, description: "The caller's role in the cluster." }) role: ClusterRole;
}

export class ClusterPage {
  @ApiProperty({ type: [ClusterView] }) items: ClusterView[];
  @ApiProperty(cursor) nextCursor: string | null;
}

export class MemberView {
  @ApiProperty(uuid) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: CLUSTER_ROLES }) role: ClusterRole;
  @ApiProperty({ ...nullableUuid, description: 'The organization the member acts for in this cluster.' }) organizationId: string | null;
  @ApiProperty(time) joinedAt: Date;
}

export class MemberPage {
  @ApiProperty({ type: [MemberView] }) items: MemberView[];
  @ApiProperty(cursor) nextCursor: string | null;
}

/** The caller's role, the organization it acts for in this cluster, and every action its role allows. */
export class PermissionsView {
  @ApiProperty({ enum: CLUSTER_ROLES }) role: ClusterRole;
  @ApiProperty(nullableUuid) organizationId: string | null;
  @ApiProperty({
    enum: Object.keys(PERMISSIONS),
    isArray: true,
    example: ['cluster.read', 'message.post'],
    description: 'From the one permission table.',
  })
  actions: Permission[];
}

/** A new invitation; its token is answered only here (and mailed), never again. */
export class CreatedInvitationView {
  @ApiProperty(uuid) id: string;
  @ApiProperty() token: string;
  @ApiProperty(time) expiresAt: Date;
  @ApiProperty(uuid) clusterId: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: CLUSTER_ROLES }) role: ClusterRole;
  @ApiProperty(nullableUuid) organizationId: string | null;
}

/** An invitation not yet accepted and not expired. */
export class PendingInvitationView {
  @ApiProperty(uuid) id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: CLUSTER_ROLES }) role: ClusterRole;
  @ApiProperty(nullableUuid) organizationId: string | null;
  @ApiProperty(uuid) invitedBy: string;
  @ApiProperty(time) createdAt: Date;
  @ApiProperty(time) expiresAt: Date;
}

export class PendingInvitationPage {
  @ApiProperty({ type: [PendingInvitationView] }) items: PendingInvitationView[];
  @ApiProperty(cursor) nextCursor: string | null;
}

export class OrganizationView {
  @ApiProperty(uuid) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind: OrganizationKind;
  @ApiProperty({ example: 'IR', description: 'ISO 3166-1 alpha-2' }) country: string;
  @ApiProperty() city: string;
  @ApiProperty({ type: Number, nullable: true }) lat: number | null;
  @ApiProperty({ type: Number, nullable: true }) lng: number | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty(uuid) createdBy: string;
  @ApiProperty(time) createdAt: Date;
}

export class OrganizationPage {
  @ApiProperty({ type: [OrganizationView] }) items: OrganizationView[];
  @ApiProperty(cursor) nextCursor: string | null;
}

export class AuditEntryView {
  @ApiProperty({ example: '1042' }) id: string;
  @ApiProperty({ ...nullableUuid, description: 'Null for a security event of a member (a failed sign-in).' }) clusterId: string | null;
  @ApiProperty(nullableUuid) actorId: string | null;
  @ApiProperty({ example: 'member.role-changed' }) action: string;
  @ApiProperty({ example: 'user' }) targetType: string;
  @ApiProperty({ type: String, nullable: true }) targetId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
  @ApiProperty(time) createdAt: Date;
}

export class AuditPage {
  @ApiProperty({ type: [AuditEntryView] }) items: AuditEntryView[];
  @ApiProperty(cursor) nextCursor: string | null;
}
