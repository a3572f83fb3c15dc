import { dec } from '@hamkar/common/pure';
import { minorUnits } from './allocation';
import type { Participation } from './participation.entity';
import type { Procurement } from './procurement.entity';

const money = (v: string | null) => (v === null ? null : dec(v).toFixed());

export function procurementView(p: Procurement, participants: Participation[] = [], quoteCount = 0) {
  return {
    id: p.id,
    clusterId: p.clusterId,
    organizationId: p.organizationId,
    createdBy: p.createdBy,
    title: p.title,
    description: p.description,
    categoryCode: p.categoryCode,
    unit: p.unit,
    currency: p.currency,
    maxUnitPrice: money(p.maxUnitPrice),
    joinDeadline: p.joinDeadline,
    quoteDeadline: p.quoteDeadline,
    deliveryCity: p.deliveryCity,
    deliveryLat: p.deliveryLat,
    deliveryLng: p.deliveryLng,
    status: p.status,
    criteria: p.criteria,
    totalQuantity: dec(p.totalQuantity).toFixed(),
    channelId: p.channelId,
    participants: participants.map((x) => ({
      organizationId: x.organizationId,
      quantity: dec(x.quantity).toFixed(),
      joinedAt: x.createdAt,
    })),
    quoteCount,
    quotesSealed: p.quotesOpenedAt === null,
    quotesOpenedAt: p.quotesOpenedAt,
    awardedQuoteId: p.awardedQuoteId,
    awardTotal: p.awardTotal === null ? null : dec(p.awardTotal).toFixed(minorUnits(p.currency)),
    publishedAt: p.publishedAt,
    awardedAt: p.awardedAt,
    createdAt: p.createdAt,
  };
}
export type ProcurementView = ReturnType<typeof procurementView>;
