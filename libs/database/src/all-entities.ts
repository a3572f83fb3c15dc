import { clustersEntities } from '@hamkar/clusters';
import { diagnosticsEntities } from '@hamkar/diagnostics';
import { filesEntities } from '@hamkar/files';
import { partneringEntities } from '@hamkar/partnering';
import { identityEntities } from '@hamkar/identity';
import { messagingEntities } from '@hamkar/messaging';
import { notificationsEntities } from '@hamkar/notifications';
import { procurementEntities } from '@hamkar/procurement';
import { projectsEntities } from '@hamkar/projects';
import { suppliersEntities } from '@hamkar/suppliers';
import { outboxEntities } from '@hamkar/outbox';

/** Every entity of every bounded context; each context adds its list here. */
export const allEntities = [
  ...identityEntities,
  ...clustersEntities,
  ...outboxEntities,
  ...notificationsEntities,
  ...filesEntities,
  ...messagingEntities,
  ...procurementEntities,
  ...suppliersEntities,
  ...projectsEntities,
  ...diagnosticsEntities,
  ...partneringEntities,
];
