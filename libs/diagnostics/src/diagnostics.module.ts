import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClustersModule } from '@hamkar/clusters';
import { NotificationsModule } from '@hamkar/notifications';
import { ProcurementModule } from '@hamkar/procurement';
import { ProjectsModule } from '@hamkar/projects';
import { IndicatorsService } from './indicators.service';
import { JointActionsService } from './joint-actions.service';
import { SurveysService } from './surveys.service';
import { AnswerSet } from './answer-set.entity';
import { Indicator, IndicatorReading, IndicatorTarget } from './indicator.entity';
import { ProjectIndicator, ProjectPlanEntry } from './project-result.entity';
import { Survey } from './survey.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [Survey, AnswerSet, Indicator, IndicatorTarget, IndicatorReading, ProjectIndicator, ProjectPlanEntry];

const services = [SurveysService, IndicatorsService, JointActionsService];

// Indicators read ProcurementFigures and ProjectFigures, the queries those modules export.
@Module({
  imports: [TypeOrmModule.forFeature(entities), ClustersModule, NotificationsModule, ProcurementModule, ProjectsModule],
  providers: services,
  exports: services,
})
export class DiagnosticsModule {}
