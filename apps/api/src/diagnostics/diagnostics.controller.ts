import { Body, Controller, Get, Header, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
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
  createSurvey(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: CreateSurveyDto) {
    return this.surveys.create(userId, clusterId, dto);
  }

  @Get('clusters/:clusterId/surveys')
  surveysOf(@UserId() userId: string, @UuidParam('clusterId') clusterId: string) {
    return this.surveys.list(userId, clusterId);
  }

  @Get('surveys/:id')
  survey(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.surveys.get(userId, id);
  }

  @Post('surveys/:id/send')
  send(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.surveys.send(userId, id);
  }

  @Post('surveys/:id/close')
  close(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.surveys.close(userId, id);
  }

  @Put('surveys/:id/answers')
  answer(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: AnswerSetDto) {
    return this.surveys.answer(userId, id, dto.organizationId, dto.answers);
  }

  @Get('surveys/:id/results')
  results(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.surveys.results(userId, id);
  }

  @Post('clusters/:clusterId/indicators')
  createIndicator(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: CreateIndicatorDto) {
    return this.indicators.create(userId, clusterId, dto);
  }

  @Get('clusters/:clusterId/indicators')
  indicatorsOf(@UserId() userId: string, @UuidParam('clusterId') clusterId: string) {
    return this.indicators.list(userId, clusterId);
  }

  @Get('clusters/:clusterId/indicators.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(
    @UserId() userId: string,
    @UuidParam('clusterId') clusterId: string,
    @Query() q: ReportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { items } = await this.indicators.list(userId, clusterId);
    res.setHeader('Content-Disposition', `attachment; filename="hamkar-indicators-${clusterId}.csv"`);
    return indicatorsCsv(items, q.lang ?? 'en');
  }

  @Get('clusters/:clusterId/indicators/report')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async report(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Query() q: ReportQueryDto) {
    const { items } = await this.indicators.list(userId, clusterId);
    const cluster = await this.clusters.get(userId, clusterId);
    return indicatorsReport(cluster.name, items, q.lang ?? 'en');
  }

  @Get('indicators/:id')
  indicator(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.indicators.get(userId, id);
  }

  @Put('indicators/:id/baseline')
  baseline(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: BaselineDto) {
    return this.indicators.setBaseline(userId, id, dto);
  }

  @Put('indicators/:id/baseline/from-survey')
  baselineFromSurvey(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: SurveyFigureDto) {
    return this.indicators.baselineFromSurvey(userId, id, dto);
  }

  @Put('indicators/:id/targets')
  target(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: TargetDto) {
    return this.indicators.setTarget(userId, id, dto);
  }

  @Post('indicators/:id/readings')
  reading(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: ReadingDto) {
    return this.indicators.record(userId, id, dto);
  }

  @Get('projects/:id/results')
  projectResults(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.actions.results(userId, id);
  }

  @Put('projects/:id/results')
  declareResults(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: ProjectResultsDto) {
    return this.actions.declare(userId, id, dto);
  }

  @Get('clusters/:clusterId/plan')
  plan(@UserId() userId: string, @UuidParam('clusterId') clusterId: string) {
    return this.actions.plan(userId, clusterId);
  }
}
