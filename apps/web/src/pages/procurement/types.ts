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
  tierProgress?: { unitPrice: string | null; next: { missing: string; unitPrice: string; percentCheaper: number } | null } | null;
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
