import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClustersModule } from '@hamkar/clusters';
import { FilesModule } from '@hamkar/files';
import { MessagingModule } from '@hamkar/messaging';
import { NotificationsModule } from '@hamkar/notifications';
import { OutboxModule } from '@hamkar/outbox';
import { RealtimeModule } from '@hamkar/realtime';
import { SuppliersModule } from '@hamkar/suppliers';
import { AmendProcurement } from './amend-procurement';
import { AwardLot } from './award-lot';
import { AwardProcurement } from './award-procurement';
import { LotOrders } from './lot-orders';
import { ProcurementLots } from './procurement-lots';
import { OcdsExport } from './ocds-export';
import { OrdersService } from './orders.service';
import { ParticipationsService } from './participations.service';
import { ProcurementAccess } from './procurement-access';
import { ProcurementDocuments } from './procurement-documents';
import { ProcurementEvents } from './procurement-events';
import { ProcurementFigures } from './procurement-figures';
import { ProcurementMatching } from './procurement-matching';
import { ProcurementsService } from './procurements.service';
import { QuoteEvaluation } from './quote-evaluation';
import { QuoteOpening } from './quote-opening';
import { QuestionsService } from './questions.service';
import { QuotesService } from './quotes.service';
import { AllocationRow } from './allocation.entity';
import { LotAllocation, LotAward } from './lot-award.entity';
import { LotParticipation, ProcurementLot } from './lot.entity';
import { OrderLine } from './order-line.entity';
import { Amendment } from './amendment.entity';
import { Delivery, Order, Payment } from './order.entity';
import { Participation } from './participation.entity';
import { ProcurementDocument } from './procurement-document.entity';
import { Procurement } from './procurement.entity';
import { Question } from './question.entity';
import { Quote } from './quote.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [
  Procurement,
  Participation,
  Quote,
  AllocationRow,
  Question,
  Amendment,
  Order,
  Delivery,
  Payment,
  ProcurementDocument,
  ProcurementLot,
  LotParticipation,
  LotAward,
  LotAllocation,
  OrderLine,
];

/** What the api, the worker and the other contexts use (ProcurementFigures: the figures' query, for projects and diagnostics). */
const published = [
  AmendProcurement,
  AwardLot,
  AwardProcurement,
  OcdsExport,
  OrdersService,
  ParticipationsService,
  ProcurementDocuments,
  ProcurementFigures,
  ProcurementMatching,
  ProcurementsService,
  QuoteEvaluation,
  QuestionsService,
  QuotesService,
];

@Module({
  imports: [
    TypeOrmModule.forFeature(entities),
    ClustersModule,
    FilesModule,
    MessagingModule,
    NotificationsModule,
    OutboxModule,
    RealtimeModule,
    SuppliersModule,
  ],
  providers: [...published, LotOrders, ProcurementAccess, ProcurementEvents, ProcurementLots, QuoteOpening],
  exports: published,
})
export class ProcurementModule {}
