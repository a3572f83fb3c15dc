import { ApiProperty } from '@nestjs/swagger';
import { CLUSTER_ROLES, type ClusterRole, ORGANIZATION_KINDS, type OrganizationKind } from '@hamkar/clusters';
import { LOCALES, type Locale } from '@hamkar/identity';

/*
 * The answers of the identity routes, for the OpenAPI document the web client's types are generated
 * from. The controllers declare them as their return types, so an answer that drifts from its class
 * fails the api's type check, and a changed class changes the web client's types.
 */

export class UserView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: LOCALES }) locale: Locale;
}

export class MembershipRef {
  @ApiProperty({ format: 'uuid' }) clusterId: string;
  @ApiProperty({ enum: CLUSTER_ROLES }) role: ClusterRole;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organizationId: string | null;
}

export class OrganizationRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind: OrganizationKind;
}

export class MeView extends UserView {
  @ApiProperty({ type: [MembershipRef] }) memberships: MembershipRef[];
  @ApiProperty({ type: [OrganizationRef], description: 'The organizations the user belongs to.' }) organizations: OrganizationRef[];
}

export class TokensView {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
}

export class SessionView extends TokensView {
  @ApiProperty({ type: UserView }) user: UserView;
}
