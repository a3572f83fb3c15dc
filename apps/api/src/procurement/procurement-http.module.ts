import { Module } from '@nestjs/common';
import { ProcurementModule } from '@hamkar/procurement';
import { SuppliersModule } from '@hamkar/suppliers';
import { UploadsModule } from '../files/uploads.module';
import { OrdersController } from './orders.controller';
import { ProcurementDocumentsController } from './procurement-documents.controller';
import { ProcurementQuestionsController } from './procurement-questions.controller';
import { ProcurementsController } from './procurements.controller';

@Module({
  imports: [UploadsModule, ProcurementModule, SuppliersModule],
  controllers: [ProcurementsController, ProcurementQuestionsController, OrdersController, ProcurementDocumentsController],
})
export class ProcurementHttpModule {}
