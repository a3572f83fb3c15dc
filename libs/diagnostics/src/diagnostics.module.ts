import { Global, Module } from '@nestjs/common';
import { ProcurementFigures } from '@hamkar/procurement';
import { IndicatorsService } from './indicators.service';
import { JointActionsService } from './joint-actions.service';
import { SurveysService } from './surveys.service';

// ProcurementFigures is the procurement library's published query; provided here so that library's module stays as it is.
const services = [SurveysService, IndicatorsService, JointActionsService, ProcurementFigures];

@Global()
@Module({ providers: services, exports: [SurveysService, IndicatorsService, JointActionsService] })
export class DiagnosticsModule {}
