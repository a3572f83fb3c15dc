export const STATUSES = ['draft', 'open', 'quoting', 'evaluating', 'awarded', 'completed', 'cancelled'] as const;
export type ProcurementStatus = (typeof STATUSES)[number];
/** Before the award a procurement may still be cancelled. */
export const CANCELLABLE: ProcurementStatus[] = ['draft', 'open', 'quoting', 'evaluating'];

export interface Procurement {
  id: string;
  title: string;
  description: string;
  status: ProcurementStatus;
  organizationId: string;
  categoryCode: string;
  unit: string;
  currency: string;
  totalQuantity: string;
  joinDeadline: string;
  quoteDeadline: string;
  deliveryCity: string;
  deliveryLat?: number;
  deliveryLng?: number;
  maxUnitPrice?: string | null;
  amendments?: Array<{ number: number; at: string; changes: Record<string, { from: unknown; to: unknown }>; material: boolean }>;
  participants: Array<{ organizationId: string; quantity: string }>;
  allocations?: Allocation[];
  awardTotal: string | null;
  awardedQuoteId: string | null;
  quoteCount?: number;
  /** What quotes are ranked by, fixed once the need is published (price alone if none were set). */
  criteria?: Array<{ criterion: Criterion; weight: number }>;
  tierProgress?: { unitPrice: string | null; next: { missing: string; unitPrice: string; percentCheaper: number } | null } | null;
  /** A need with lots (none for one posted whole): each pooled, quoted and awarded on its own. */
  lots?: Lot[];
  /** On the board: how many lots the need has (0 for one posted whole). */
  lotCount?: number;
}
export interface Lot {
  id: string;
  number: number;
  title: string;
  categoryCode: string;
  unit: string;
  totalQuantity: string;
  awardedAt: string | null;
  participants: Array<{ organizationId: string; quantity: string }>;
  /** One supplier's part, or several when the lot was split by quantity; each firm's share of each part. */
  awards: Array<{
    supplierOrganizationId: string;
    quoteId: string;
    quantity: string;
    unitPrice: string;
    total: string;
    allocations: Allocation[];
  }>;
}
/** A quote's offer for one lot, priced at the lot's pooled quantity (or at its most, if less). */
export interface QuoteLot {
  lotId: string;
  tiers: Array<{ minQuantity: string; unitPrice: string }>;
  maxQuantity: string | null;
  quantity: string;
  unitPriceAtTotal: string | null;
  totalPrice: string | null;
}
export interface Allocation {
  organizationId: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  saving: string | null;
}
export interface Quote {
  id: string;
  supplierOrganizationId: string;
  tiers: Array<{ minQuantity: string; unitPrice: string }>;
  leadTimeDays: number;
  unitPriceAtTotal: string | null;
  totalPrice: string | null;
  status?: string;
  lots?: QuoteLot[];
}
/** Until quoting closes, buyers see only how many quotes came in. */
export interface QuotesAnswer {
  items: Quote[];
  sealed?: boolean;
  count?: number;
}
export interface Match {
  supplierOrganizationId: string;
  score: number;
  reasons: string[];
}
export const CRITERIA = ['price', 'lead-time', 'delivery-record', 'warranty', 'payment-terms'] as const;
export type Criterion = (typeof CRITERIA)[number];
/** One opened quote in the weighted comparison: its score out of 100 and each criterion's points. */
export interface Ranked {
  rank: number;
  quoteId: string;
  supplierOrganizationId: string;
  score: string;
  contributions: Partial<Record<Criterion, string>>;
}
export interface Evaluation {
  criteria: Array<{ criterion: Criterion; weight: number }>;
  ranking: Ranked[];
  /** On a need with lots, the comparison lot by lot. */
  lots?: Array<{ lotId: string; ranking: Ranked[] }>;
}
export type OrderStatus = 'placed' | 'accepted' | 'received';
export type PaymentStatus = 'unpaid' | 'partly-paid' | 'paid';
/** A firm's own order with the awarded supplier, as `GET /procurements/:id/orders` gives it. */
export interface Order {
  id: string;
  procurementId: string;
  organizationId: string;
  supplierOrganizationId: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  currency: string;
  deliveryCity: string;
  dueAt: string;
  status: OrderStatus;
  deliveredQuantity: string;
  deliveries: Array<{ id: string; quantity: string; deliveredOn: string; qualityIssue: string | null }>;
  amountPaid: string;
  amountDue: string;
  paymentStatus: PaymentStatus;
  payments: Array<{ id: string; amount: string; paidAt: string }>;
  /** On a need with lots: what the order buys in each lot. */
  lines?: Array<{
    lotId: string;
    lotNumber: number;
    title: string;
    categoryCode: string;
    unit: string;
    quantity: string;
    unitPrice: string;
    amount: string;
  }>;
}

/** A document on the need, on a supplier's quote or on a delivery, as `GET /procurements/:id/documents` gives it. */
export interface ProcurementDocument {
  id: string;
  kind: 'specification' | 'certificate' | 'price-list' | 'receipt' | 'other';
  attachedTo: 'need' | 'quote' | 'delivery';
  supplierOrganizationId: string | null;
  orderId: string | null;
  deliveryId: string | null;
  file: { id: string; name: string; size: number; mime: string };
  attachedAt: string;
}
