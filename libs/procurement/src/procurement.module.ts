import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
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

const services = [
  AmendProcurement,
  AwardLot,
  AwardProcurement,
  LotOrders,
  ProcurementLots,
  OcdsExport,
  OrdersService,
  ParticipationsService,
  ProcurementAccess,
  ProcurementDocuments,
  ProcurementEvents,
  ProcurementMatching,
  ProcurementsService,
  QuoteEvaluation,
  QuoteOpening,
  QuestionsService,
  QuotesService,
];

@Global()
@Module({ imports: [TypeOrmModule.forFeature(entities)], providers: services, exports: services })
export class ProcurementModule {}
