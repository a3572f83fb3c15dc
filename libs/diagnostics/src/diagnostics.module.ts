import { Global, Module } from '@nestjs/common';
import { ProcurementFigures } from '@hamkar/procurement';
import { ProjectFigures } from '@hamkar/projects';
import { IndicatorsService } from './indicators.service';
import { JointActionsService } from './joint-actions.service';
import { SurveysService } from './surveys.service';

// ProcurementFigures and ProjectFigures are those libraries' published queries; provided here so their modules stay as they are.
const services = [SurveysService, IndicatorsService, JointActionsService, ProcurementFigures, ProjectFigures];

@Global()
@Module({ providers: services, exports: [SurveysService, IndicatorsService, JointActionsService] })
export class DiagnosticsModule {}
