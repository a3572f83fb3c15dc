import { Module } from '@nestjs/common';
import { ProcurementsController } from './procurements.controller';

@Module({ controllers: [ProcurementsController] })
export class ProcurementHttpModule {}
