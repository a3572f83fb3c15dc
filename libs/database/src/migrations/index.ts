import { Foundation1764000000000 } from './1764000000000-foundation';
import { Notifications1764050000000 } from './1764050000000-notifications';
import { Messaging1764200000000 } from './1764200000000-messaging';
import { MessageSearchVector1764200000001 } from './1764200000001-message-search-vector';
import { Procurement1764300000000 } from './1764300000000-procurement';
import { Suppliers1764350000000 } from './1764350000000-suppliers';
import { Projects1764400000000 } from './1764400000000-projects';
import { NotificationDigests1764500000000 } from './1764500000000-notification-digests';
import { SealedQuotes1764610000000 } from './1764610000000-sealed-quotes';
import { ProcurementQuestions1764620000000 } from './1764620000000-procurement-questions';
import { ProcurementAmendments1764630000000 } from './1764630000000-procurement-amendments';
import { ProcurementOrders1764640000000 } from './1764640000000-procurement-orders';
import { WeightedEvaluation1764650000000 } from './1764650000000-weighted-evaluation';
import { PostgresAlone1764700000000 } from './1764700000000-postgres-alone';
import { Diagnostics1764800000000 } from './1764800000000-diagnostics';
import { Partnering1764810000000 } from './1764810000000-partnering';
import { ClusterPublicPages1764820000000 } from './1764820000000-cluster-public-pages';
import { WebPush1764900000000 } from './1764900000000-web-push';
import { ProcurementLots1765000000000 } from './1765000000000-procurement-lots';
import { ProcurementDocuments1765010000000 } from './1765010000000-procurement-documents';
import { OfferSearchIndex1765020000000 } from './1765020000000-offer-search-index';
import { JointActionIndicator1765020000001 } from './1765020000001-joint-action-indicator';
import { MessageSearchMatches1765100000000 } from './1765100000000-message-search-matches';
import { OutboxWakeUp1765100000001 } from './1765100000001-outbox-wake-up';

/** In order; a new migration is appended, never edited once it has landed. */
export const allMigrations = [
  Foundation1764000000000,
  Notifications1764050000000,
  Messaging1764200000000,
  MessageSearchVector1764200000001,
  Procurement1764300000000,
  Suppliers1764350000000,
  Projects1764400000000,
  NotificationDigests1764500000000,
  SealedQuotes1764610000000,
  ProcurementQuestions1764620000000,
  ProcurementAmendments1764630000000,
  ProcurementOrders1764640000000,
  WeightedEvaluation1764650000000,
  PostgresAlone1764700000000,
  Diagnostics1764800000000,
  Partnering1764810000000,
  ClusterPublicPages1764820000000,
  WebPush1764900000000,
  ProcurementLots1765000000000,
  ProcurementDocuments1765010000000,
  OfferSearchIndex1765020000000,
  JointActionIndicator1765020000001,
  MessageSearchMatches1765100000000,
  OutboxWakeUp1765100000001,
];
