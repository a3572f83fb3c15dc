import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { CRITERIA, type Criterion, type QuoteStatus } from '@hamkar/procurement';
import { nullableTime, time, uuid, whole } from '../openapi-properties';
import { WeightedCriterionView, decimal, nullableDecimal } from './views';

/* The answers of the quote, evaluation and question routes (see views.ts). */

const QUOTE_STATUSES = ['live', 'needs-confirmation', 'replaced'] as const satisfies readonly QuoteStatus[];

export class QuoteTierView {
  @ApiProperty(decimal) minQuantity: string;
  @ApiProperty(decimal) unitPrice: string;
}

/** A quote's offer for one lot, priced at the lot's pooled quantity (or at what the supplier can deliver, if less). */
export class QuoteLotView {
  @ApiProperty(uuid) lotId: string;
  @ApiProperty({ type: [QuoteTierView] }) tiers: QuoteTierView[];
  @ApiProperty({ ...nullableDecimal, description: 'At most this much of the lot (all of it if null).' }) maxQuantity: string | null;
  @ApiProperty({ ...decimal, description: 'The quantity it is priced at.' }) quantity: string;
  @ApiProperty(nullableDecimal) unitPriceAtTotal: string | null;
  @ApiProperty(nullableDecimal) totalPrice: string | null;
}

export class QuoteView {
  @ApiProperty(uuid) id: string;
  @ApiProperty(uuid) procurementId: string;
  @ApiProperty(uuid) supplierOrganizationId: string;
  @ApiProperty({ enum: QUOTE_STATUSES, description: '`needs-confirmation`: made before a material amendment.' }) status: QuoteStatus;
  @ApiProperty(whole) leadTimeDays: number;
  @ApiProperty({ ...whole, nullable: true }) warrantyMonths: number | null;
  @ApiProperty({ ...whole, nullable: true }) paymentTermsDays: number | null;
  @ApiProperty(time) validUntil: Date;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty(time) createdAt: Date;
  @ApiProperty({ type: [QuoteTierView], description: 'Empty on a need with lots: see `lots`.' }) tiers: QuoteTierView[];
  @ApiProperty({ type: [QuoteLotView], description: 'Empty on a need without lots.' }) lots: QuoteLotView[];
  @ApiProperty({ ...nullableDecimal, description: 'The unit price at the pooled quantity (null on a need with lots).' })
  unitPriceAtTotal: string | null;
  @ApiProperty(nullableDecimal) totalPrice: string | null;
  @ApiProperty() aboveMaxUnitPrice: boolean;
}

/** Until quoting closes buyers learn only how many quotes came in; a supplier always sees only its own. */
export class QuotePage {
  @ApiProperty() sealed: boolean;
  @ApiProperty({ ...whole, description: 'The quotes in play, whoever may see them.' }) count: number;
  @ApiProperty({ type: [QuoteView], description: 'Cheapest first.' }) items: QuoteView[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: every quote comes at once.' }) nextCursor: null;
}

const contributions: ApiPropertyOptions = {
  type: 'object',
  properties: Object.fromEntries(CRITERIA.map((c) => [c, { type: 'string', description: 'Points, two decimals.' }])),
  description: "Each criterion's points, so a reader sees why.",
};

export class RankedQuoteView {
  @ApiProperty(whole) rank: number;
  @ApiProperty(uuid) quoteId: string;
  @ApiProperty(uuid) supplierOrganizationId: string;
  @ApiProperty({ description: 'Out of 100, two decimals.', example: '87.50' }) score: string;
  @ApiProperty(contributions) contributions: Partial<Record<Criterion, string>>;
}

export class LotRankingView {
  @ApiProperty(uuid) lotId: string;
  @ApiProperty({ type: [RankedQuoteView] }) ranking: RankedQuoteView[];
}

export class QuoteEvaluationView {
  @ApiProperty({ type: [WeightedCriterionView] }) criteria: WeightedCriterionView[];
  @ApiProperty({ type: [RankedQuoteView], description: 'Best first; empty on a need with lots.' }) ranking: RankedQuoteView[];
  @ApiProperty({ type: [LotRankingView], description: 'On a need with lots, the comparison lot by lot.' }) lots: LotRankingView[];
}

export class AskedQuestionView {
  @ApiProperty(uuid) id: string;
  @ApiProperty() body: string;
  @ApiProperty(time) askedAt: Date;
}

/** A question as anyone is shown it: never who asked, only whether it was the reader's own organization. */
export class ProcurementQuestionView extends AskedQuestionView {
  @ApiProperty({ type: String, nullable: true }) answer: string | null;
  @ApiProperty(nullableTime) answeredAt: Date | null;
  @ApiProperty() mine: boolean;
}

export class ProcurementQuestionList {
  @ApiProperty({ type: [ProcurementQuestionView] }) items: ProcurementQuestionView[];
}
