import { dec } from '@hamkar/common/pure';

/** The facts an OCDS release is built from (gathered by the service, shaped here). */
export interface OcdsFacts {
  publicUrl: string;
  procurement: {
    id: string;
    title: string;
    description: string;
    status: string;
    categoryCode: string;
    unit: string;
    currency: string;
    totalQuantity: string;
    deliveryCity: string;
    publishedAt: Date | null;
    quoteDeadline: Date;
    joinDeadline: Date;
    updatedAt: Date;
    awardedAt: Date | null;
    awardTotal: string | null;
  };
  country: string;
  buyer: { id: string; name: string; city: string };
  participants: Array<{ id: string; name: string; city: string; quantity: string; amount?: string }>;
  tenderers: Array<{ id: string; name: string; city: string }>;
  supplier: { id: string; name: string; city: string } | null;
  /** Numbered amendments to the published need. */
  amendments?: Array<{ number: number; at: Date; changes: Record<string, { from: unknown; to: unknown }> }>;
  /** Documents as the release may show them (see ProcurementDocuments.forRelease), each downloadable by those allowed. */
  documents?: Array<{ id: string; kind: string; attachedTo: string; supplierOrganizationId: string | null; orderId: string | null; attachedAt: Date; file: { id: string; name: string; mime: string } }>;
  /** One contract per participating firm's order, with its deliveries (milestones) and payments (transactions). */
  orders?: Array<{
    id: string;
    organizationId: string;
    quantity: string;
    amount: string;
    status: string;
    dueAt: Date;
    acceptedAt: Date | null;
    deliveries: Array<{ id: string; quantity: string; deliveredOn: Date; qualityIssue: string | null }>;
    payments: Array<{ id: string; amount: string; paidAt: Date }>;
  }>;
}

const CONTRACT_STATUS: Record<string, string> = { placed: 'pending', accepted: 'active', received: 'terminated' };

/** Our OCDS prefix: `ocds-` + a six-character publisher code, then the procurement id. */
export const OCID_PREFIX = 'ocds-hmkr01';

const TENDER_STATUS: Record<string, string> = { draft: 'planning', open: 'active', quoting: 'active', evaluating: 'active', awarded: 'complete', completed: 'complete', cancelled: 'cancelled' };
const TAG: Record<string, string[]> = { draft: ['planning'], open: ['tender'], quoting: ['tender'], evaluating: ['tender'], awarded: ['award'], completed: ['award'], cancelled: ['tenderCancellation'] };

/** One OCDS 1.1 release package describing the procurement as it stands now. */
/** OCDS documentType (an open codelist) for each kind of document. */
const DOCUMENT_TYPE: Record<string, string> = { specification: 'technicalSpecifications', certificate: 'submissionDocuments', 'price-list': 'billOfQuantity', receipt: 'physicalProgressReport' };

function ocdsDocuments(f: OcdsFacts, keep: (d: NonNullable<OcdsFacts['documents']>[number]) => boolean) {
  const docs = (f.documents ?? []).filter(keep).map((d) => ({
    id: d.id,
    ...(DOCUMENT_TYPE[d.kind] ? { documentType: DOCUMENT_TYPE[d.kind] } : {}),
    title: d.file.name,
    url: `${f.publicUrl}/api/v1/files/${d.file.id}`,
    datePublished: d.attachedAt.toISOString(),
    format: d.file.mime,
  }));
  return docs.length ? { documents: docs } : {};
}

export function ocdsReleasePackage(f: OcdsFacts) {
  const p = f.procurement;
  const party = (o: { id: string; name: string; city: string }, roles: string[]) => ({ id: o.id, name: o.name, roles, address: { locality: o.city, countryName: f.country } });
  const parties = new Map<string, ReturnType<typeof party>>();
  const add = (o: { id: string; name: string; city: string }, role: string) => {
    const existing = parties.get(o.id);
    if (existing) existing.roles = [...new Set([...existing.roles, role])];
    else parties.set(o.id, party(o, [role]));
  };
  add(f.buyer, 'buyer');
  f.participants.forEach((o) => add(o, 'buyer'));
  f.tenderers.forEach((o) => add(o, 'tenderer'));
  if (f.supplier) add(f.supplier, 'supplier');
  const item = (quantity: string, id = '1') => ({ id, description: p.title, classification: { scheme: 'HS', id: p.categoryCode }, quantity: Number(dec(quantity).toFixed()), unit: { name: p.unit } });
  const release = {
    ocid: `${OCID_PREFIX}-${p.id}`,
    id: `${p.id}-${p.updatedAt.getTime()}`,
    date: p.updatedAt.toISOString(),
    tag: TAG[p.status] ?? ['tender'],
    initiationType: 'tender',
    parties: [...parties.values()],
    buyer: { id: f.buyer.id, name: f.buyer.name },
    tender: {
      id: p.id,
      title: p.title,
      description: p.description,
      status: TENDER_STATUS[p.status] ?? 'active',
      procurementMethod: 'selective',
      procurementMethodDetails: 'Joint procurement pooled by cluster members on Hamkar',
      items: [item(p.totalQuantity)],
      tenderPeriod: { ...(p.publishedAt ? { startDate: p.publishedAt.toISOString() } : {}), endDate: p.quoteDeadline.toISOString() },
      enquiryPeriod: { ...(p.publishedAt ? { startDate: p.publishedAt.toISOString() } : {}), endDate: p.joinDeadline.toISOString() },
      numberOfTenderers: f.tenderers.length,
      tenderers: f.tenderers.map((t) => ({ id: t.id, name: t.name })),
      deliveryAddresses: [{ locality: p.deliveryCity, countryName: f.country }],
      ...ocdsDocuments(f, (d) => d.attachedTo === 'need'),
      ...(f.amendments?.length
        ? {
            amendments: f.amendments.map((a) => ({
              id: String(a.number),
              date: a.at.toISOString(),
              description: Object.entries(a.changes).map(([field, c]) => `${field}: ${String(c.from)} → ${String(c.to)}`).join('; '),
            })),
          }
        : {}),
    },
    awards:
      f.supplier && p.awardTotal !== null
        ? [
            {
              id: `${p.id}-award`,
              status: 'active',
              date: (p.awardedAt ?? p.updatedAt).toISOString(),
              value: { amount: Number(p.awardTotal), currency: p.currency },
              suppliers: [{ id: f.supplier.id, name: f.supplier.name }],
              ...ocdsDocuments(f, (d) => d.attachedTo === 'quote' && d.supplierOrganizationId === f.supplier!.id),
              items: f.participants.map((x, i) => ({ ...item(x.quantity, String(i + 1)), description: `${p.title} — ${x.name}` })),
            },
          ]
        : [],
    contracts: (f.orders ?? []).map((o) => {
      const firm = f.participants.find((x) => x.id === o.organizationId);
      const name = firm?.name ?? o.organizationId;
      return {
        id: o.id,
        awardID: `${p.id}-award`,
        title: `${p.title} — ${name}`,
        status: CONTRACT_STATUS[o.status] ?? 'pending',
        ...(o.acceptedAt ? { dateSigned: o.acceptedAt.toISOString() } : {}),
        period: { endDate: o.dueAt.toISOString() },
        value: { amount: Number(o.amount), currency: p.currency },
        items: [{ ...item(o.quantity), description: `${p.title} — ${name}` }],
        implementation: {
          ...ocdsDocuments(f, (d) => d.attachedTo === 'delivery' && d.orderId === o.id),
          milestones: o.deliveries.map((d) => ({ id: d.id, title: `${dec(d.quantity).toFixed()} ${p.unit}`, type: 'delivery', status: 'met', dateMet: d.deliveredOn.toISOString(), ...(d.qualityIssue ? { description: d.qualityIssue } : {}) })),
          transactions: o.payments.map((x) => ({
            id: x.id,
            date: x.paidAt.toISOString(),
            value: { amount: Number(x.amount), currency: p.currency },
            payer: { id: o.organizationId, name },
            ...(f.supplier ? { payee: { id: f.supplier.id, name: f.supplier.name } } : {}),
          })),
        },
      };
    }),
  };
  return {
    uri: `${f.publicUrl}/api/v1/procurements/${p.id}/ocds`,
    version: '1.1',
    publishedDate: new Date().toISOString(),
    publisher: { name: 'Hamkar', uri: f.publicUrl },
    releases: [release],
  };
}
