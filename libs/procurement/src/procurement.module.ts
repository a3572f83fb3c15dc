import { Global, Module } from '@nestjs/common';
import { AmendProcurement } from './amend-procurement';
import { AwardProcurement } from './award-procurement';
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

const services = [AmendProcurement, AwardProcurement, OcdsExport, OrdersService, ParticipationsService, ProcurementAccess, ProcurementDocuments, ProcurementEvents, ProcurementMatching, ProcurementsService, QuoteEvaluation, QuoteOpening, QuestionsService, QuotesService];

@Global()
@Module({ providers: services, exports: services })
export class ProcurementModule {}
