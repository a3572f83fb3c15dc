import { ClustersModule } from '@hamkar/clusters';
import { FilesModule } from '@hamkar/files';
import { IdentityModule } from '@hamkar/identity';
import { MessagingModule } from '@hamkar/messaging';
import { NotificationsModule } from '@hamkar/notifications';
import { NewProcurement, ProcurementModule } from '@hamkar/procurement';
import { SuppliersModule } from '@hamkar/suppliers';
import type { Person } from './service-factories';

/** Procurement and the contexts its services call: who people are, their clusters, notifications, files, chat, suppliers. */
export const procurementContexts = [
  IdentityModule,
  ClustersModule,
  NotificationsModule,
  FilesModule,
  MessagingModule,
  SuppliersModule,
  ProcurementModule,
];

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

/** What `firm` posts unless told otherwise: 400 kg of carpet wool yarn in AZN for Zanjan, joining open a week, quotes two. */
export const aNeedBy = (firm: Person, overrides: Partial<NewProcurement> = {}): NewProcurement => ({
  organizationId: firm.organizationId!,
  title: 'نخ پشمی فرش',
  description: 'Two-ply carpet wool yarn, natural white',
  categoryCode: '510610',
  unit: 'kg',
  quantity: '400',
  currency: 'AZN',
  joinDeadline: inDays(7),
  quoteDeadline: inDays(14),
  deliveryCity: 'Zanjan',
  deliveryLat: 36.67,
  deliveryLng: 48.48,
  ...overrides,
});
