import { ApiProperty } from '@nestjs/swagger';
import { type AmendmentChanges, CRITERIA, type Criterion, PROCUREMENT_STATUSES, type ProcurementStatus } from '@hamkar/procurement';
import { nullableTime, nullableUuid, time, uuid, whole } from '../openapi-properties';

/*
 * The answers of the procurement routes, for the OpenAPI document (see identity/views.ts): the need,
 * its lots, amendments and allocations here; quotes, evaluation and questions in quote-views.ts;
 * orders and documents in order-views.ts. Money and quantities are decimal strings, as on the wire.
 */

export const decimal = { type: String, description: 'A decimal string.', example: '1250.5' } as const;
export const nullableDecimal = { ...decimal, nullable: true } as const;

export class WeightedCriterionView {
  @ApiProperty({ enum: CRITERIA }) criterion: Criterion;
  @ApiProperty({ ...whole, description: 'Whole percentage points; the weights add up to 100.' }) weight: number;
}

export class ProcurementParticipantView {
  @ApiProperty(uuid) organizationId: string;
  @ApiProperty(decimal) quantity: string;
  @ApiProperty(time) joinedAt: Date;
}

/** What every answer about a need carries. */
class ProcurementFields {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) clusterId: string;
  @ApiProperty({ ...uuid, description: 'The organization that posted the need (also its first participant).' }) organizationId: string;
  @ApiProperty(uuid) createdBy: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ example: '510610', description: "HS code; on a need with lots, the first lot's." }) categoryCode: string;
  @ApiProperty({ example: 'kg' }) unit: string;
  @ApiProperty({ example: 'AZN' }) currency: string;
  @ApiProperty(nullableDecimal) maxUnitPrice: string | null;
  @ApiProperty(time) joinDeadline: Date;
  @ApiProperty(time) quoteDeadline: Date;
  @ApiProperty() deliveryCity: string;
  @ApiProperty() deliveryLat: number;
  @ApiProperty() deliveryLng: number;
  @ApiProperty({ enum: PROCUREMENT_STATUSES }) status: ProcurementStatus;
  @ApiProperty({ type: [WeightedCriterionView], description: 'What quotes are ranked by (price alone if none were set).' })
  criteria: WeightedCriterionView[];
  @ApiProperty({ ...decimal, description: "The participations' sum." }) totalQuantity: string;
  @ApiProperty({ ...nullableUuid, description: "The need's own channel." }) channelId: string | null;
  @ApiProperty({ type: [ProcurementParticipantView], description: 'Empty in the list of needs.' })
  participants: ProcurementParticipantView[];
  @ApiProperty({ ...whole, description: 'The quotes in play (not replaced), counted even while sealed.' }) quoteCount: number;
  @ApiProperty({ description: 'True until quoting closes: only each author sees its own quote.' }) quotesSealed: boolean;
  @ApiProperty(nullableTime) quotesOpenedAt: Date | null;
  @ApiProperty(nullableUuid) awardedQuoteId: string | null;
  @ApiProperty(nullableDecimal) awardTotal: string | null;
  @ApiProperty(nullableTime) publishedAt: Date | null;
  @ApiProperty(nullableTime) awardedAt: Date | null;
  @ApiProperty(time) createdAt: Date;
}

/** A need in the cluster's list. */
export class ProcurementSummaryView extends ProcurementFields {
  @ApiProperty({ ...whole, description: 'How many lots the need has (0 for one posted whole).' }) lotCount: number;
}

export class ProcurementPage {
  @ApiProperty({ type: [ProcurementSummaryView] }) items: ProcurementSummaryView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

const change = { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true };

export class AmendmentView {
  @ApiProperty(whole) number: number;
  @ApiProperty(time) at: Date;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', properties: { from: change, to: change }, required: ['from', 'to'] },
    description: 'Each changed field, from what to what.',
    example: { deliveryCity: { from: 'Zanjan', to: 'Tabriz' } },
  })
  changes: AmendmentChanges;
  @ApiProperty({ description: 'A material change sends earlier quotes back to their suppliers to confirm.' }) material: boolean;
}

/** A firm's share of an award: its quantity at the pooled price. */
export class LotAllocationView {
  @ApiProperty(uuid) organizationId: string;
  @ApiProperty(decimal) quantity: string;
  @ApiProperty(decimal) unitPrice: string;
  @ApiProperty(decimal) amount: string;
  @ApiProperty({ ...nullableDecimal, description: 'Against buying its own quantity alone from the same supplier.' }) saving: string | null;
}

export class AllocationView extends LotAllocationView {
  @ApiProperty({ ...nullableDecimal, description: "The supplier's price for this firm's quantity alone." }) unitPriceAlone: string | null;
}

export class LotParticipantView {
  @ApiProperty(uuid) organizationId: string;
  @ApiProperty(decimal) quantity: string;
}

/** One supplier's part of a lot: the whole lot, or a share of a lot split by quantity. */
export class LotAwardView {
  @ApiProperty(uuid) supplierOrganizationId: string;
  @ApiProperty(uuid) quoteId: string;
  @ApiProperty(decimal) quantity: string;
  @ApiProperty(decimal) unitPrice: string;
  @ApiProperty(decimal) total: string;
  @ApiProperty({ type: [LotAllocationView] }) allocations: LotAllocationView[];
}

export class LotView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(whole) number: number;
  @ApiProperty() title: string;
  @ApiProperty({ example: '510610' }) categoryCode: string;
  @ApiProperty({ example: 'kg' }) unit: string;
  @ApiProperty(decimal) totalQuantity: string;
  @ApiProperty(nullableTime) awardedAt: Date | null;
  @ApiProperty({ type: [LotParticipantView] }) participants: LotParticipantView[];
  @ApiProperty({ type: [LotAwardView], description: 'The larger part of a split first.' }) awards: LotAwardView[];
}

/** A need with its amendments, lots and (once awarded) allocations: what every change to it answers. */
export class ProcurementView extends ProcurementFields {
  @ApiProperty({ type: [AmendmentView] }) amendments: AmendmentView[];
  @ApiProperty({ type: [LotView], description: 'Empty for a need posted whole.' }) lots: LotView[];
  @ApiProperty({ type: [AllocationView], description: 'Empty until a need without lots is awarded.' }) allocations: AllocationView[];
}

export class TierStepView {
  @ApiProperty(decimal) minQuantity: string;
  @ApiProperty(decimal) unitPrice: string;
  @ApiProperty({ ...decimal, description: 'How much more the pool needs to reach it.' }) missing: string;
  @ApiProperty() percentCheaper: number;
}

export class TierProgressView {
  @ApiProperty({ ...nullableDecimal, description: 'The best indicative unit price the pooled quantity reaches today.' })
  unitPrice: string | null;
  @ApiProperty(nullableUuid) supplierOrganizationId: string | null;
  @ApiProperty({ type: TierStepView, nullable: true, description: 'The nearest quantity that unlocks a lower price.' })
  next: TierStepView | null;
}

/** One need as its page shows it: while firms pool, what the matched suppliers' indicative tiers say. */
export class ProcurementDetailView extends ProcurementView {
  @ApiProperty({ type: TierProgressView, nullable: true, description: 'Only while the need is open.' })
  tierProgress: TierProgressView | null;
}
