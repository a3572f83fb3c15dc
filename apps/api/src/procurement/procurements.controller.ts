import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { pageLimit, UuidParam } from '@hamkar/common';
import {
  AmendProcurement,
  AwardLot,
  AwardProcurement,
  OcdsExport,
  QuoteEvaluation,
  ParticipationsService,
  ProcurementMatching,
  ProcurementsService,
  QuotesService,
} from '@hamkar/procurement';
import { IndicativePrices } from '@hamkar/suppliers';
import { UserId } from '../identity/current-user.decorator';
import {
  AmendProcurementDto,
  AwardDto,
  ChangeParticipationDto,
  CreateProcurementDto,
  LotAwardDto,
  ParticipationDto,
  ProcurementListQuery,
  QuoteDto,
} from './dto';
import { QuotePage, QuoteEvaluationView, QuoteView } from './quote-views';
import { ProcurementDetailView, ProcurementPage, ProcurementView } from './views';

@ApiTags('procurement')
@ApiBearerAuth()
@Controller()
export class ProcurementsController {
  constructor(
    private readonly procurements: ProcurementsService,
    private readonly participations: ParticipationsService,
    private readonly quotes: QuotesService,
    private readonly awarding: AwardProcurement,
    private readonly ocds: OcdsExport,
    private readonly matching: ProcurementMatching,
    private readonly prices: IndicativePrices,
    private readonly amending: AmendProcurement,
    private readonly evaluation: QuoteEvaluation,
    private readonly lotAwarding: AwardLot,
  ) {}

  @Post('clusters/:clusterId/procurements')
  @ApiCreatedResponse({ type: ProcurementView })
  create(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: CreateProcurementDto): Promise<ProcurementView> {
    return this.procurements.create(userId, clusterId, dto);
  }

  @Get('clusters/:clusterId/procurements')
  @ApiOkResponse({ type: ProcurementPage })
  // PageQuery lives in libs/common, which stays free of swagger.
  @ApiQuery({ name: 'limit', required: false, type: Number, description: 'At most 200; 50 without it.' })
  @ApiQuery({ name: 'cursor', required: false, type: String, description: "The previous page's nextCursor." })
  list(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Query() q: ProcurementListQuery): Promise<ProcurementPage> {
    return this.procurements.list(userId, clusterId, { status: q.status, limit: pageLimit(q), cursor: q.cursor });
  }

  /** While firms pool, the matched suppliers' indicative tiers show what the pooled quantity reaches and what the next step needs. */
  @Get('procurements/:id')
  @ApiOkResponse({ type: ProcurementDetailView })
  async get(@UserId() userId: string, @UuidParam('id') id: string): Promise<ProcurementDetailView> {
    const view = await this.procurements.get(userId, id);
    if (view.status !== 'open') return { ...view, tierProgress: null };
    const matched = await this.matching.list(userId, id);
    const tierProgress = await this.prices.progress(
      matched.map((m) => m.supplierOrganizationId),
      view.categoryCode,
      view.currency,
      view.totalQuantity,
    );
    return { ...view, tierProgress };
  }

  @Patch('procurements/:id')
  @ApiOperation({
    summary:
      'The organiser amends an open or quoting need; numbered amendments are listed on it, and a material one sends earlier quotes back for confirmation',
  })
  @ApiOkResponse({ type: ProcurementView })
  amend(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: AmendProcurementDto): Promise<ProcurementView> {
    return this.amending.amend(userId, id, dto);
  }

  @Post('procurements/:id/publish')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementView })
  publish(@UserId() userId: string, @UuidParam('id') id: string): Promise<ProcurementView> {
    return this.procurements.publish(userId, id);
  }

  @Post('procurements/:id/close-joining')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementView })
  closeJoining(@UserId() userId: string, @UuidParam('id') id: string): Promise<ProcurementView> {
    return this.procurements.closeJoining(userId, id);
  }

  @Post('procurements/:id/close-quoting')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementView })
  closeQuoting(@UserId() userId: string, @UuidParam('id') id: string): Promise<ProcurementView> {
    return this.procurements.closeQuoting(userId, id);
  }

  @Post('procurements/:id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementView })
  cancel(@UserId() userId: string, @UuidParam('id') id: string): Promise<ProcurementView> {
    return this.procurements.cancel(userId, id);
  }

  @Post('procurements/:id/complete')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementView })
  complete(@UserId() userId: string, @UuidParam('id') id: string): Promise<ProcurementView> {
    return this.procurements.complete(userId, id);
  }

  @Post('procurements/:id/participations')
  @ApiCreatedResponse({ type: ProcurementView })
  join(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: ParticipationDto): Promise<ProcurementView> {
    return this.participations.join(userId, id, dto.organizationId, dto);
  }

  @Patch('procurements/:id/participations/:organizationId')
  @ApiOkResponse({ type: ProcurementView })
  changeParticipation(
    @UserId() userId: string,
    @UuidParam('id') id: string,
    @UuidParam('organizationId') organizationId: string,
    @Body() dto: ChangeParticipationDto,
  ): Promise<ProcurementView> {
    return this.participations.update(userId, id, organizationId, dto);
  }

  @Delete('procurements/:id/participations/:organizationId')
  @ApiOkResponse({ type: ProcurementView })
  leave(
    @UserId() userId: string,
    @UuidParam('id') id: string,
    @UuidParam('organizationId') organizationId: string,
  ): Promise<ProcurementView> {
    return this.participations.withdraw(userId, id, organizationId);
  }

  @Post('procurements/:id/quotes')
  @ApiCreatedResponse({ type: QuoteView })
  quote(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: QuoteDto): Promise<QuoteView> {
    return this.quotes.submit(userId, id, dto);
  }

  @Get('procurements/:id/quotes')
  @ApiOkResponse({ type: QuotePage })
  listQuotes(@UserId() userId: string, @UuidParam('id') id: string): Promise<QuotePage> {
    return this.quotes.list(userId, id);
  }

  @Post('quotes/:id/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'The supplier stands by its quote after a material amendment, so that it counts again' })
  @ApiOkResponse({ type: QuoteView })
  confirmQuote(@UserId() userId: string, @UuidParam('id') id: string): Promise<QuoteView> {
    return this.quotes.confirm(userId, id);
  }

  @Get('procurements/:id/evaluation')
  @ApiOperation({
    summary: "Buyers, once the quotes are opened: the live quotes ranked by the need's weighted criteria, each criterion's points shown",
  })
  @ApiOkResponse({ type: QuoteEvaluationView })
  evaluate(@UserId() userId: string, @UuidParam('id') id: string): Promise<QuoteEvaluationView> {
    return this.evaluation.forBuyer(userId, id);
  }

  @Post('procurements/:id/award')
  @HttpCode(200)
  @ApiOkResponse({ type: ProcurementView })
  award(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: AwardDto): Promise<ProcurementView> {
    return this.awarding.award(userId, id, dto.quoteId, dto.reason);
  }

  @Post('procurements/:id/lots/:lotId/award')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The organiser awards one lot of a need with lots: to one quote, or split between several by quantity; the last lot awarded places the orders',
  })
  @ApiOkResponse({ type: ProcurementView })
  awardLot(
    @UserId() userId: string,
    @UuidParam('id') id: string,
    @UuidParam('lotId') lotId: string,
    @Body() dto: LotAwardDto,
  ): Promise<ProcurementView> {
    return this.lotAwarding.award(userId, id, lotId, dto);
  }

  @Get('procurements/:id/ocds')
  @ApiOkResponse({
    description: 'An OCDS 1.1 release package (see the OCDS schema for its shape)',
    schema: { type: 'object', additionalProperties: true },
  })
  releasePackage(@UserId() userId: string, @UuidParam('id') id: string): Promise<Record<string, unknown>> {
    return this.ocds.releasePackage(userId, id);
  }
}
