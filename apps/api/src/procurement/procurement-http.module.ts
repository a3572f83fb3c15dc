import { Module } from '@nestjs/common';
import { OrdersController } from './orders.controller';
import { ProcurementQuestionsController } from './procurement-questions.controller';
import { ProcurementsController } from './procurements.controller';

@Module({ controllers: [ProcurementsController, ProcurementQuestionsController, OrdersController] })
export class ProcurementHttpModule {}
