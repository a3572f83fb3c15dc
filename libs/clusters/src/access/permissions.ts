import type { ClusterRole } from '../membership.entity';

const everyone: ClusterRole[] = ['admin', 'agent', 'member', 'supplier', 'observer'];
const participants: ClusterRole[] = ['admin', 'agent', 'member', 'supplier'];
const buyers: ClusterRole[] = ['admin', 'agent', 'member'];
const organisers: ClusterRole[] = ['admin', 'agent'];

/**
 * The one table of who may do what inside a cluster. HTTP controllers, the socket gateway and
 * the worker all ask AccessPolicy, which reads only this; a new capability adds a row here.
 */
export const PERMISSIONS = {
  'cluster.read': everyone,
  'cluster.audit': ['admin'],
  // Name, description and the language of its e-mails; members and invitations have their own rows.
  'cluster.manage': ['admin'],
  'members.read': everyone,
  'members.invite': organisers,
  'members.manage': ['admin'],
  'channel.create': participants,
  'channel.read': everyone,
  // Observers read and take part in projects; they do not speak in channels or DMs, nor upload.
  'message.post': participants,
  'message.moderate': ['admin'],
  'direct.open': participants,
  'file.upload': participants,
  'procurement.read': everyone,
  'procurement.create': buyers,
  'procurement.join': buyers,
  'procurement.manage': organisers,
  'quote.submit': ['supplier'],
  'quote.read-all': buyers,
  // Clarification questions come from suppliers; answers go to everyone the procurement speaks to.
  'procurement.ask': ['supplier'],
  'supplier.read': everyone,
  'project.create': organisers,
  'project.manage': organisers,
  'project.read': everyone,
  'project.work': everyone,
  'dashboard.read': ['admin', 'agent', 'observer'],
  // The diagnostic: the agent asks, member firms answer (for their own organization), everyone sees what was sent.
  'survey.read': everyone,
  'survey.manage': organisers,
  'survey.answer': buyers,
  'indicator.read': everyone,
  'indicator.manage': organisers,
  // Partner search: every participant posts offers and asks for meetings; observers read.
  'offer.read': everyone,
  'offer.post': participants,
  'meeting.request': participants,
  // The opt-in public page: the organisers publish it; each firm decides to be listed (offer.post).
  'cluster.publish': organisers,
} as const satisfies Record<string, readonly ClusterRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export const roleMay = (role: ClusterRole, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly ClusterRole[]).includes(role);

/** Every permission the role holds, in the table's order: what `GET /clusters/:id/permissions` answers. */
export const actionsOf = (role: ClusterRole): Permission[] => (Object.keys(PERMISSIONS) as Permission[]).filter((p) => roleMay(role, p));
