import { Body, Controller, Get, Header, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ClustersService } from '@hamkar/clusters';
import { UuidParam } from '@hamkar/common';
import { indicatorsCsv, indicatorsReport, IndicatorsService, JointActionsService, SurveysService } from '@hamkar/diagnostics';
import { UserId } from '../identity/current-user.decorator';
import {
  AnswerSetDto,
  BaselineDto,
  CreateIndicatorDto,
  CreateSurveyDto,
  ProjectResultsDto,
  ReadingDto,
  ReportQueryDto,
  SurveyFigureDto,
  TargetDto,
} from './dto';
import {
  AnswerSetView,
  IndicatorPage,
  IndicatorView,
  PlanView,
  ProjectResultsView,
  SurveyDetailView,
  SurveyPage,
  SurveyResultsView,
  SurveyView,
} from './views';

@ApiTags('diagnostics')
@ApiBearerAuth()
@Controller()
export class DiagnosticsController {
  constructor(
    private readonly surveys: SurveysService,
    private readonly indicators: IndicatorsService,
    private readonly actions: JointActionsService,
    private readonly clusters: ClustersService,
  ) {}

  @Post('clusters/:clusterId/surveys')
  @ApiCreatedResponse({ type: SurveyView })
  createSurvey(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: CreateSurveyDto): Promise<SurveyView> {
    return this.surveys.create(userId, clusterId, dto);
  }

  @Get('clusters/:clusterId/surveys')
  @ApiOkResponse({ type: SurveyPage })
  surveysOf(@UserId() userId: string, @UuidParam('clusterId') clusterId: string): Promise<SurveyPage> {
    return this.surveys.list(userId, clusterId);
  }

  @Get('surveys/:id')
  @ApiOkResponse({ type: SurveyDetailView })
  survey(@UserId() userId: string, @UuidParam('id') id: string): Promise<SurveyDetailView> {
    return this.surveys.get(userId, id);
  }

  @Post('surveys/:id/send')
  @ApiCreatedResponse({ type: SurveyView })
  send(@UserId() userId: string, @UuidParam('id') id: string): Promise<SurveyView> {
    return this.surveys.send(userId, id);
  }

  @Post('surveys/:id/close')
  @ApiCreatedResponse({ type: SurveyView })
  close(@UserId() userId: string, @UuidParam('id') id: string): Promise<SurveyView> {
    return this.surveys.close(userId, id);
  }

  @Put('surveys/:id/answers')
  @ApiOkResponse({ type: AnswerSetView })
  answer(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: AnswerSetDto): Promise<AnswerSetView> {
    return this.surveys.answer(userId, id, dto.organizationId, dto.answers);
  }

  @Get('surveys/:id/results')
  @ApiOkResponse({ type: SurveyResultsView })
  results(@UserId() userId: string, @UuidParam('id') id: string): Promise<SurveyResultsView> {
    return this.surveys.results(userId, id);
  }

  @Post('clusters/:clusterId/indicators')
  @ApiCreatedResponse({ type: IndicatorView })
  createIndicator(
    @UserId() userId: string,
    @UuidParam('clusterId') clusterId: string,
    @Body() dto: CreateIndicatorDto,
  ): Promise<IndicatorView> {
    return this.indicators.create(userId, clusterId, dto);
  }

  @Get('clusters/:clusterId/indicators')
  @ApiOkResponse({ type: IndicatorPage })
  indicatorsOf(@UserId() userId: string, @UuidParam('clusterId') clusterId: string): Promise<IndicatorPage> {
    return this.indicators.list(userId, clusterId);
  }

  @Get('clusters/:clusterId/indicators.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The indicators as a CSV file, a download.', schema: { type: 'string' } })
  async csv(
    @UserId() userId: string,
    @UuidParam('clusterId') clusterId: string,
    @Query() q: ReportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const { items } = await this.indicators.list(userId, clusterId);
    res.setHeader('Content-Disposition', `attachment; filename="hamkar-indicators-${clusterId}.csv"`);
    return indicatorsCsv(items, q.lang ?? 'en');
  }

  @Get('clusters/:clusterId/indicators/report')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: "The funders' report, a printable page.", schema: { type: 'string' } })
  async report(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Query() q: ReportQueryDto): Promise<string> {
    const { items } = await this.indicators.list(userId, clusterId);
    const cluster = await this.clusters.get(userId, clusterId);
    return indicatorsReport(cluster.name, items, q.lang ?? 'en');
  }

  @Get('indicators/:id')
  @ApiOkResponse({ type: IndicatorView })
  indicator(@UserId() userId: string, @UuidParam('id') id: string): Promise<IndicatorView> {
    return this.indicators.get(userId, id);
  }

  @Put('indicators/:id/baseline')
  @ApiOkResponse({ type: IndicatorView })
  baseline(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: BaselineDto): Promise<IndicatorView> {
    return this.indicators.setBaseline(userId, id, dto);
  }

  @Put('indicators/:id/baseline/from-survey')
  @ApiOkResponse({ type: IndicatorView })
  baselineFromSurvey(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: SurveyFigureDto): Promise<IndicatorView> {
    return this.indicators.baselineFromSurvey(userId, id, dto);
  }

  @Put('indicators/:id/targets')
  @ApiOkResponse({ type: IndicatorView })
  target(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: TargetDto): Promise<IndicatorView> {
    return this.indicators.setTarget(userId, id, dto);
  }

  @Post('indicators/:id/readings')
  @ApiCreatedResponse({ type: IndicatorView })
  reading(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: ReadingDto): Promise<IndicatorView> {
    return this.indicators.record(userId, id, dto);
  }

  @Get('projects/:id/results')
  @ApiOkResponse({ type: ProjectResultsView })
  projectResults(@UserId() userId: string, @UuidParam('id') id: string): Promise<ProjectResultsView> {
    return this.actions.results(userId, id);
  }

  @Put('projects/:id/results')
  @ApiOkResponse({ type: ProjectResultsView })
  declareResults(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: ProjectResultsDto): Promise<ProjectResultsView> {
    return this.actions.declare(userId, id, dto);
  }

  @Get('clusters/:clusterId/plan')
  @ApiOkResponse({ type: PlanView })
  plan(@UserId() userId: string, @UuidParam('clusterId') clusterId: string): Promise<PlanView> {
    return this.actions.plan(userId, clusterId);
  }
}
