import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClusterDirectory } from '@hamkar/clusters';
import { APP_CONFIG, AppConfig } from '@hamkar/common';
import { In } from 'typeorm';
import { AllocationRow } from './allocation.entity';
import { Amendment } from './amendment.entity';
import { LotAward } from './lot-award.entity';
import { ProcurementLot } from './lot.entity';
import { OrderLine } from './order-line.entity';
import { Delivery, Order, Payment } from './order.entity';
import { ocdsReleasePackage } from './ocds-release';
import { Participation } from './participation.entity';
import { ProcurementAccess } from './procurement-access';
import { ProcurementDocuments } from './procurement-documents';
import { Quote } from './quote.entity';

@Injectable()
export class OcdsExport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ProcurementAccess,
    private readonly documents: ProcurementDocuments,
    private readonly directory: ClusterDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async releasePackage(userId: string, id: string) {
    const { procurement: p } = await this.access.load(userId, id);
    const m = this.dataSource.manager;
    const [participants, quotes, allocations, amendments, orders, lots, lotAwards] = await Promise.all([
      m.find(Participation, { where: { procurementId: id }, order: { createdAt: 'ASC' } }),
      m.find(Quote, { where: { procurementId: id, status: 'live' } }),
      m.find(AllocationRow, { where: { procurementId: id } }),
      m.find(Amendment, { where: { procurementId: id }, order: { number: 'ASC' } }),
      m.find(Order, { where: { procurementId: id }, order: { organizationId: 'ASC', supplierOrganizationId: 'ASC' } }),
      m.find(ProcurementLot, { where: { procurementId: id }, order: { number: 'ASC' } }),
      m.find(LotAward, { where: { procurementId: id }, order: { awardedAt: 'ASC', supplierOrganizationId: 'ASC' } }),
    ]);
    const orderIds = orders.map((o) => o.id);
    const [deliveries, payments, lines] = orderIds.length
      ? await Promise.all([
          m.find(Delivery, { where: { orderId: In(orderIds) }, order: { deliveredOn: 'ASC' } }),
          m.find(Payment, { where: { orderId: In(orderIds) }, order: { paidAt: 'ASC' } }),
          m.find(OrderLine, { where: { orderId: In(orderIds) } }),
        ])
      : [[], [], []];
    const orgIds = [
      p.organizationId,
      ...participants.map((x) => x.organizationId),
      ...quotes.map((q) => q.supplierOrganizationId),
      ...lotAwards.map((a) => a.supplierOrganizationId),
    ];
    const orgs = new Map((await this.directory.organizations(orgIds)).map((o) => [o.id, o]));
    const org = (oid: string) => ({ id: oid, name: orgs.get(oid)?.name ?? oid, city: orgs.get(oid)?.city ?? '' });
    const winner = p.awardedQuoteId ? quotes.find((q) => q.id === p.awardedQuoteId) : undefined;
    const cluster = await this.directory.byId(p.clusterId);
    return ocdsReleasePackage({
      publicUrl: this.config.PUBLIC_URL,
      procurement: p,
      country: cluster?.country ?? '',
      buyer: org(p.organizationId),
      participants: participants.map((x) => ({
        ...org(x.organizationId),
        quantity: x.quantity,
        amount: allocations.find((a) => a.organizationId === x.organizationId)?.amount,
      })),
      // Quotes are sealed until the award; the tenderers' names are published only after it.
      tenderers: p.awardedAt ? quotes.map((q) => org(q.supplierOrganizationId)) : [],
      supplier: winner ? org(winner.supplierOrganizationId) : null,
      amendments: amendments.map((a) => ({ number: a.number, at: a.madeAt, changes: a.changes })),
      documents: await this.documents.forRelease(p),
      lots,
      lotAwards: lotAwards.map((a) => ({
        lotId: a.lotId,
        supplier: org(a.supplierOrganizationId),
        quantity: a.quantity,
        total: a.total,
        awardedAt: a.awardedAt,
      })),
      orders: orders.map((o) => ({
        ...o,
        lines: lines
          .filter((l) => l.orderId === o.id)
          .sort((a, b) => (lots.find((x) => x.id === a.lotId)?.number ?? 0) - (lots.find((x) => x.id === b.lotId)?.number ?? 0)),
        deliveries: deliveries.filter((d) => d.orderId === o.id),
        payments: payments.filter((x) => x.orderId === o.id),
      })),
    });
  }
}
