import { Module } from '@nestjs/common';
import { ProcurementQuestionsController } from './procurement-questions.controller';
import { ProcurementsController } from './procurements.controller';

@Module({ controllers: [ProcurementsController, ProcurementQuestionsController] })
export class ProcurementHttpModule {}
