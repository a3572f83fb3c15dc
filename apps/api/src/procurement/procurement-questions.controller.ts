import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '@hamkar/common';
import { QuestionsService } from '@hamkar/procurement';
import { UserId } from '../identity/current-user.decorator';
import { QuestionDto } from './dto';
import { AskedQuestionView, ProcurementQuestionList, ProcurementQuestionView } from './quote-views';

@ApiTags('procurement')
@ApiBearerAuth()
@Controller('procurements/:id/questions')
export class ProcurementQuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  @Post()
  @ApiOperation({
    summary:
      'A supplier of the cluster asks a clarification question while the need is open or quoting; the asker is never named to others',
  })
  @ApiCreatedResponse({ type: AskedQuestionView })
  ask(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: QuestionDto): Promise<AskedQuestionView> {
    return this.questions.ask(userId, id, dto.body);
  }

  @Post(':questionId/answer')
  @HttpCode(200)
  @ApiOperation({ summary: 'The organiser answers once; everyone invited is notified' })
  @ApiOkResponse({ type: ProcurementQuestionView })
  answer(
    @UserId() userId: string,
    @UuidParam('id') id: string,
    @UuidParam('questionId') questionId: string,
    @Body() dto: QuestionDto,
  ): Promise<ProcurementQuestionView> {
    return this.questions.answer(userId, id, questionId, dto.body);
  }

  @Get()
  @ApiOperation({ summary: 'Answered questions for everyone; buyers also see the unanswered ones, suppliers their own' })
  @ApiOkResponse({ type: ProcurementQuestionList })
  list(@UserId() userId: string, @UuidParam('id') id: string): Promise<ProcurementQuestionList> {
    return this.questions.list(userId, id);
  }
}
