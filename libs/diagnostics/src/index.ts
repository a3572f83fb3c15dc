import { AnswerSet } from './answer-set.entity';
import { Indicator, IndicatorReading, IndicatorTarget } from './indicator.entity';
import { ProjectIndicator, ProjectPlanEntry } from './project-result.entity';
import { Survey } from './survey.entity';

export * from './local-text';
export * from './survey.entity';
export * from './answer-set.entity';
export * from './indicator.entity';
export * from './project-result.entity';
export * from './survey-results';
export * from './indicator-progress';
export * from './surveys.service';
export * from './indicators.service';
export * from './joint-actions.service';
export * from './funders-report';
export * from './diagnostics.module';

export const diagnosticsEntities = [Survey, AnswerSet, Indicator, IndicatorTarget, IndicatorReading, ProjectIndicator, ProjectPlanEntry];
