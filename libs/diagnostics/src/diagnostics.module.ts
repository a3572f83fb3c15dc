import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProcurementFigures } from '@hamkar/procurement';
import { ProjectFigures } from '@hamkar/projects';
import { IndicatorsService } from './indicators.service';
import { JointActionsService } from './joint-actions.service';
import { SurveysService } from './surveys.service';
import { AnswerSet } from './answer-set.entity';
import { Indicator, IndicatorReading, IndicatorTarget } from './indicator.entity';
import { ProjectIndicator, ProjectPlanEntry } from './project-result.entity';
import { Survey } from './survey.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [Survey, AnswerSet, Indicator, IndicatorTarget, IndicatorReading, ProjectIndicator, ProjectPlanEntry];

// ProcurementFigures and ProjectFigures are those libraries' published queries; provided here so their modules stay as they are.
const services = [SurveysService, IndicatorsService, JointActionsService, ProcurementFigures, ProjectFigures];

@Global()
@Module({
  imports: [TypeOrmModule.forFeature(entities)],
  providers: services,
  exports: [SurveysService, IndicatorsService, JointActionsService],
})
export class DiagnosticsModule {}
