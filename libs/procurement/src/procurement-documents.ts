import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessPolicy } from '@hamkar/clusters';
import { Conflict, Forbidden, NotFound } from '@hamkar/common';
import { FileReaders, fileView, StoredFile, StoredFiles, Upload } from '@hamkar/files';
import { Delivery, Order } from './order.entity';
import { ProcurementAccess, ProcurementContext } from './procurement-access';
import { AttachedTo, DocumentKind, ProcurementDocument } from './procurement-document.entity';
import type { Procurement } from './procurement.entity';
import { Quote } from './quote.entity';

type Where = { kind: DocumentKind; attachedTo: AttachedTo; supplierOrganizationId?: string; deliveryId?: string };
const wrongState = (message: string, p: Procurement) =>
  new Conflict(`${message} (the procurement is ${p.status})`, { code: 'procurement.wrong-state', params: { state: p.status } });

/** A specification is part of the call for quotes: it may change only while suppliers can still act on it. */
const NEED_DOCUMENT_STATES = ['draft', 'open', 'quoting'];

export const documentView = (d: ProcurementDocument, file: StoredFile, orderId: string | null = null) => ({
  id: d.id,
  kind: d.kind,
  attachedTo: d.attachedTo,
  supplierOrganizationId: d.supplierOrganizationId,
  orderId,
  deliveryId: d.deliveryId,
  file: fileView(file),
  attachedBy: d.attachedBy,
  attachedAt: d.attachedAt,
});
export type DocumentView = ReturnType<typeof documentView>;

/**
 * Documents on a need (the organiser's specifications), on a supplier's quote (its certificates and
 * price lists, sealed with the quote until the opening) and on a delivery (either party's receipts).
 * Whoever may see the thing a document hangs on may read it, in the list and at `GET /files/:id`.
 */
@Injectable()
export class ProcurementDocuments implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: ProcurementAccess,
    private readonly files: StoredFiles,
    private readonly readers: FileReaders,
  ) {}

  onModuleInit() {
    this.readers.register((userId, file) => this.mayRead(userId, file.id));
  }

  attachToNeed(userId: string, procurementId: string, kind: DocumentKind, upload?: Upload): Promise<DocumentView> {
    return this.dataSource.transaction(async (manager) => {
      const ctx = await this.access.load(userId, procurementId, 'procurement.read', manager, true);
      await this.access.requireOrganiser(userId, ctx);
      const p = ctx.procurement;
      if (!NEED_DOCUMENT_STATES.includes(p.status)) throw wrongState('Specifications are attached until quoting closes', p);
      return this.attach(manager, p, userId, upload, { kind, attachedTo: 'need' });
    });
  }

  /** Only while quoting, like the quote itself; it belongs to the supplier's quote whichever version is current. */
  attachToQuote(userId: string, quoteId: string, kind: DocumentKind, upload?: Upload): Promise<DocumentView> {
    return this.dataSource.transaction(async (manager) => {
      const quote = await manager.findOneBy(Quote, { id: quoteId });
      if (!quote) throw new NotFound('quote');
      const { procurement: p } = await this.access.load(userId, quote.procurementId, 'quote.submit', manager, true, 'quote');
      await this.policy.requireActsIn(userId, p.clusterId, quote.supplierOrganizationId, manager);
      if (p.status !== 'quoting') throw wrongState('Quote documents are accepted only while quoting', p);
      return this.attach(manager, p, userId, upload, { kind, attachedTo: 'quote', supplierOrganizationId: quote.supplierOrganizationId });
    });
  }

  /** Either party to the order: the firm its receipt note, the supplier its delivery note. */
  attachToDelivery(userId: string, orderId: string, deliveryId: string, kind: DocumentKind, upload?: Upload): Promise<DocumentView> {
    return this.dataSource.transaction(async (manager) => {
      const order = await manager.findOneBy(Order, { id: orderId });
      if (!order) throw new NotFound('order');
      const { procurement: p } = await this.access.load(userId, order.procurementId, 'procurement.read', manager, false, 'order');
      const seats = await this.policy.actingFor(userId, [order.organizationId, order.supplierOrganizationId], manager);
      if (seats.size === 0)
        throw new Forbidden('Only the parties to this order attach documents to its deliveries', { code: 'order.parties-only' });
      if (!(await manager.existsBy(Delivery, { id: deliveryId, orderId }))) throw new NotFound('delivery');
      return this.attach(manager, p, userId, upload, { kind, attachedTo: 'delivery', deliveryId }, orderId);
    });
  }

  /** Every document of the procurement that the caller may read, oldest first. */
  async list(userId: string, procurementId: string): Promise<{ items: DocumentView[] }> {
    const ctx = await this.access.load(userId, procurementId);
    const all = await this.of(procurementId);
    const orders = await this.ordersOf(all);
    const readable = await this.readable(userId, ctx, all, orders);
    const files = await this.files.byIds(readable.map((d) => d.fileId));
    return { items: readable.map((d) => documentView(d, files.get(d.fileId)!, d.deliveryId ? orders.get(d.deliveryId)!.id : null)) };
  }

  /** What an OCDS release publishes: the need's documents, the quotes' once awarded (as the tenderers are), the deliveries'. */
  async forRelease(p: Procurement): Promise<DocumentView[]> {
    const all = await this.of(p.id);
    const published = all.filter((d) => d.attachedTo !== 'quote' || p.awardedAt !== null);
    const [orders, files] = await Promise.all([this.ordersOf(published), this.files.byIds(published.map((d) => d.fileId))]);
    return published.map((d) => documentView(d, files.get(d.fileId)!, d.deliveryId ? orders.get(d.deliveryId)!.id : null));
  }

  private of(procurementId: string): Promise<ProcurementDocument[]> {
    return this.dataSource.getRepository(ProcurementDocument).find({ where: { procurementId }, order: { attachedAt: 'ASC', id: 'ASC' } });
  }

  private async attach(manager: EntityManager, p: Procurement, userId: string, upload: Upload | undefined, where: Where, orderId?: string) {
    const file = await this.files.save(p.clusterId, userId, upload, manager);
    const row = { procurementId: p.id, fileId: file.id, attachedBy: userId, supplierOrganizationId: null, deliveryId: null, ...where };
    const doc = await manager.save(ProcurementDocument, manager.create(ProcurementDocument, row));
    return documentView(doc, file, orderId ?? null);
  }

  private async mayRead(userId: string, fileId: string): Promise<boolean> {
    const doc = await this.dataSource.getRepository(ProcurementDocument).findOneBy({ fileId });
    if (!doc) return false;
    const ctx = await this.access.load(userId, doc.procurementId).catch(() => null);
    return !!ctx && (await this.readable(userId, ctx, [doc], await this.ordersOf([doc]))).length === 1;
  }

  /**
   * The one rule for the list and the download. A need's documents: everyone who sees the need. A
   * quote's: its supplier, and the buyers once the quotes are opened. A delivery's: the order's
   * parties and the organiser, as for the order itself.
   */
  private async readable(userId: string, ctx: ProcurementContext, docs: ProcurementDocument[], orders: Map<string, Order>) {
    const p = ctx.procurement;
    // The caller's seats among every organization the documents name, in one query, not one per firm.
    const named = docs.flatMap((d) => {
      if (d.attachedTo === 'quote') return [d.supplierOrganizationId!];
      const o = d.attachedTo === 'delivery' ? orders.get(d.deliveryId!)! : null;
      return o ? [o.organizationId, o.supplierOrganizationId] : [];
    });
    const seats = await this.policy.actingFor(userId, [p.organizationId, ...named]);
    const opened = p.quotesOpenedAt !== null && this.policy.can(ctx.membership, 'quote.read-all');
    const organiser = this.policy.can(ctx.membership, 'procurement.manage') || seats.has(p.organizationId);
    return docs.filter((d) => {
      if (d.attachedTo === 'need') return true;
      if (d.attachedTo === 'quote') return opened || seats.has(d.supplierOrganizationId!);
      if (d.attachedTo !== 'delivery') return false;
      const o = orders.get(d.deliveryId!)!;
      return organiser || seats.has(o.organizationId) || seats.has(o.supplierOrganizationId);
    });
  }

  /** The order of each delivery that documents hang on, by delivery id. */
  private async ordersOf(docs: ProcurementDocument[]): Promise<Map<string, Order>> {
    const deliveryIds = docs.map((d) => d.deliveryId).filter((id): id is string => !!id);
    if (deliveryIds.length === 0) return new Map();
    const rows: Array<{ delivery_id: string; order_id: string }> = await this.dataSource.query(
      `SELECT id AS delivery_id, order_id FROM order_deliveries WHERE id = ANY($1)`,
      [deliveryIds],
    );
    const orders = await this.dataSource.getRepository(Order).findBy({ id: In(rows.map((r) => r.order_id)) });
    const byId = new Map(orders.map((o) => [o.id, o]));
    return new Map(rows.map((r) => [r.delivery_id, byId.get(r.order_id)!]));
  }
}
