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
  /** The need's lots (none for a need without lots), each awarded on its own. */
  lots?: Array<{
    id: string;
    number: number;
    title: string;
    categoryCode: string;
    unit: string;
    totalQuantity: string;
    awardedAt: Date | null;
  }>;
  /** Each supplier's part of each awarded lot. */
  lotAwards?: Array<{
    lotId: string;
    supplier: { id: string; name: string; city: string };
    quantity: string;
    total: string;
    awardedAt: Date;
  }>;
  /** Documents as the release may show them (see ProcurementDocuments.forRelease), each downloadable by those allowed. */
  documents?: Array<{
    id: string;
    kind: string;
    attachedTo: string;
    supplierOrganizationId: string | null;
    orderId: string | null;
    attachedAt: Date;
    file: { id: string; name: string; mime: string };
  }>;
  /** One contract per participating firm's order, with its deliveries (milestones) and payments (transactions). */
  orders?: Array<{
    id: string;
    organizationId: string;
    supplierOrganizationId?: string;
    /** On a need with lots: what the order buys in each lot. */
    lines?: Array<{ lotId: string; quantity: string }>;
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

const TENDER_STATUS: Record<string, string> = {
  draft: 'planning',
  open: 'active',
  quoting: 'active',
  evaluating: 'active',
  awarded: 'complete',
  completed: 'complete',
  cancelled: 'cancelled',
};
const TAG: Record<string, string[]> = {
  draft: ['planning'],
  open: ['tender'],
  quoting: ['tender'],
  evaluating: ['tender'],
  awarded: ['award'],
  completed: ['award'],
  cancelled: ['tenderCancellation'],
};

/** The OCDS lots extension (tender.lots, items' relatedLot, awards' relatedLots), for the core schema this package follows. */
export const OCDS_LOTS_EXTENSION =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json';

const LOT_STATUS: Record<string, string> = { draft: 'planning', cancelled: 'cancelled' };

/** One OCDS 1.1 release package describing the procurement as it stands now. */
/** OCDS documentType (an open codelist) for each kind of document. */
const DOCUMENT_TYPE: Record<string, string> = {
  specification: 'technicalSpecifications',
  certificate: 'submissionDocuments',
  'price-list': 'billOfQuantity',
  receipt: 'physicalProgressReport',
};

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
  const party = (o: { id: string; name: string; city: string }, roles: string[]) => ({
    id: o.id,
    name: o.name,
    roles,
    address: { locality: o.city, countryName: f.country },
  });
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
  const lots = f.lots ?? [];
  const lotAwards = f.lotAwards ?? [];
  lotAwards.forEach((a) => add(a.supplier, 'supplier'));
  const item = (quantity: string, id = '1') => ({
    id,
    description: p.title,
    classification: { scheme: 'HS', id: p.categoryCode },
    quantity: Number(dec(quantity).toFixed()),
    unit: { name: p.unit },
  });
  const lotItem = (lotId: string, quantity: string, id: string, suffix = '') => {
    const lot = lots.find((l) => l.id === lotId)!;
    return {
      id,
      description: `${lot.title}${suffix}`,
      classification: { scheme: 'HS', id: lot.categoryCode },
      quantity: Number(dec(quantity).toFixed()),
      unit: { name: lot.unit },
      relatedLot: lot.id,
    };
  };
  // One award per winning supplier, naming the lots (or parts of split lots) it won, so each order's contract points at one award.
  const winners = [...new Set(lotAwards.map((a) => a.supplier.id))];
  const awardOf = (supplierId: string) => `${p.id}-award-${supplierId}`;
  const lotAwardsList = winners.map((sid) => {
    const won = lotAwards.filter((a) => a.supplier.id === sid);
    return {
      id: awardOf(sid),
      status: 'active',
      date: new Date(Math.max(...won.map((a) => a.awardedAt.getTime()))).toISOString(),
      value: { amount: Number(won.reduce((s, a) => s.plus(a.total), dec(0)).toFixed()), currency: p.currency },
      suppliers: [{ id: won[0].supplier.id, name: won[0].supplier.name }],
      relatedLots: won.map((a) => a.lotId),
      items: won.map((a, i) => lotItem(a.lotId, a.quantity, String(i + 1))),
    };
  });
  const payeeOf = (o: { supplierOrganizationId?: string }) => {
    const s = lotAwards.find((a) => a.supplier.id === o.supplierOrganizationId)?.supplier ?? f.supplier;
    return s ? { id: s.id, name: s.name } : null;
  };
  const release = {
    ocid: `${OCID_PREFIX}-${p.id}`,
    id: `${p.id}-${p.updatedAt.getTime()}`,
    date: p.updatedAt.toISOString(),
    tag: lotAwards.length && p.status === 'evaluating' ? ['tender', 'award'] : (TAG[p.status] ?? ['tender']),
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
      items: lots.length ? lots.map((l) => lotItem(l.id, l.totalQuantity, String(l.number))) : [item(p.totalQuantity)],
      ...(lots.length
        ? {
            lots: lots.map((l) => ({
              id: l.id,
              title: l.title,
              description: `${dec(l.totalQuantity).toFixed()} ${l.unit}, HS ${l.categoryCode}`,
              status: LOT_STATUS[p.status] ?? (l.awardedAt ? 'complete' : 'active'),
            })),
            lotDetails: { maximumLotsBidPerSupplier: lots.length, maximumLotsAwardedPerSupplier: lots.length },
          }
        : {}),
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
              description: Object.entries(a.changes)
                .map(([field, c]) => `${field}: ${String(c.from)} → ${String(c.to)}`)
                .join('; '),
            })),
          }
        : {}),
    },
    awards: lots.length
      ? lotAwardsList
      : f.supplier && p.awardTotal !== null
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
        awardID: lots.length && o.supplierOrganizationId ? awardOf(o.supplierOrganizationId) : `${p.id}-award`,
        title: `${p.title} — ${name}`,
        status: CONTRACT_STATUS[o.status] ?? 'pending',
        ...(o.acceptedAt ? { dateSigned: o.acceptedAt.toISOString() } : {}),
        period: { endDate: o.dueAt.toISOString() },
        value: { amount: Number(o.amount), currency: p.currency },
        items:
          lots.length && o.lines?.length
            ? o.lines.map((l, i) => lotItem(l.lotId, l.quantity, String(i + 1), ` — ${name}`))
            : [{ ...item(o.quantity), description: `${p.title} — ${name}` }],
        implementation: {
          ...ocdsDocuments(f, (d) => d.attachedTo === 'delivery' && d.orderId === o.id),
          milestones: o.deliveries.map((d) => ({
            id: d.id,
            title: `${dec(d.quantity).toFixed()} ${p.unit}`,
            type: 'delivery',
            status: 'met',
            dateMet: d.deliveredOn.toISOString(),
            ...(d.qualityIssue ? { description: d.qualityIssue } : {}),
          })),
          transactions: o.payments.map((x) => ({
            id: x.id,
            date: x.paidAt.toISOString(),
            value: { amount: Number(x.amount), currency: p.currency },
            payer: { id: o.organizationId, name },
            ...(payeeOf(o) ? { payee: payeeOf(o)! } : {}),
          })),
        },
      };
    }),
  };
  return {
    uri: `${f.publicUrl}/api/v1/procurements/${p.id}/ocds`,
    version: '1.1',
    ...(lots.length ? { extensions: [OCDS_LOTS_EXTENSION] } : {}),
    publishedDate: new Date().toISOString(),
    publisher: { name: 'Hamkar', uri: f.publicUrl },
    releases: [release],
  };
}
