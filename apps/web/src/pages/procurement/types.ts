import type { Schemas } from '../../api';

/* The wire types are the api's own (generated from its OpenAPI document); only the orders shown are kept here. */

/** A need as its page shows it (every change to it answers the same, without `tierProgress`). */
export type Procurement = Schemas['ProcurementDetailView'];
/** A need on the board: no lots, amendments or allocations, only how many lots it has. */
export type ProcurementSummary = Schemas['ProcurementSummaryView'];
export type ProcurementStatus = Procurement['status'];
export type Lot = Schemas['LotView'];
export type Quote = Schemas['QuoteView'];
/** Until quoting closes, buyers see only how many quotes came in. */
export type QuotesAnswer = Schemas['QuotePage'];
export type Match = Schemas['SupplierMatchView'];
export type Evaluation = Schemas['QuoteEvaluationView'];
export type Criterion = Schemas['WeightedCriterionView']['criterion'];
export type Order = Schemas['OrderView'];
export type ProcurementDocument = Schemas['ProcurementDocumentView'];
export type Question = Schemas['ProcurementQuestionView'];

// `satisfies` ties the columns to the api's values: a status the api drops fails the type check.
export const STATUSES = [
  'draft',
  'open',
  'quoting',
  'evaluating',
  'awarded',
  'completed',
  'cancelled',
] as const satisfies readonly ProcurementStatus[];
/** Before the award a procurement may still be cancelled. */
export const CANCELLABLE: ProcurementStatus[] = ['draft', 'open', 'quoting', 'evaluating'];
export const CRITERIA = ['price', 'lead-time', 'delivery-record', 'warranty', 'payment-terms'] as const satisfies readonly Criterion[];
