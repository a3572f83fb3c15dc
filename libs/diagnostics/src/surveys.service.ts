import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessPolicy, ClusterPeople } from '@hamkar/clusters';
import { Conflict, dec, NotFound, RuleBroken, toAsciiDigits } from '@hamkar/common';
import { Notifier } from '@hamkar/notifications';
import { AnswerSet } from './answer-set.entity';
import type { LocalText } from './local-text';
import { surveyResults } from './survey-results';
import { Question, Survey } from './survey.entity';

export type NewQuestion = Omit<Question, 'id'>;

const surveyView = (s: Survey) => ({
  id: s.id,
  clusterId: s.clusterId,
  title: s.title,
  questions: s.questions,
  status: s.status,
  sentAt: s.sentAt,
  createdAt: s.createdAt,
});

/**
 * The diagnostic: the agent writes a survey, sends it to the cluster's members, each firm answers
 * once (answering again replaces its answers), and the agent reads the results per question.
 */
@Injectable()
export class SurveysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly notifier: Notifier,
    private readonly people: ClusterPeople,
  ) {}

  async create(userId: string, clusterId: string, input: { title: LocalText; questions: NewQuestion[] }) {
    input.questions.forEach(checkQuestion);
    await this.policy.authorize(userId, clusterId, 'survey.manage');
    const questions = input.questions.map((q, i) => ({ ...q, id: `q${i + 1}` }));
    const survey = await this.dataSource.manager.save(
      Survey,
      this.dataSource.manager.create(Survey, { clusterId, title: input.title, questions, status: 'draft', createdBy: userId }),
    );
    return surveyView(survey);
  }

  async list(userId: string, clusterId: string) {
    const membership = await this.policy.authorize(userId, clusterId, 'survey.read');
    const manages = this.policy.can(membership, 'survey.manage');
    const rows = await this.dataSource.manager.find(Survey, { where: { clusterId }, order: { createdAt: 'DESC' } });
    const answered = membership.organizationId
      ? await this.dataSource.manager.find(AnswerSet, { where: { organizationId: membership.organizationId } })
      : [];
    return {
      items: rows
        .filter((s) => manages || s.status !== 'draft')
        .map((s) => ({ ...surveyView(s), answeredByMyOrganization: answered.some((a) => a.surveyId === s.id) })),
      nextCursor: null,
    };
  }

  /** The survey, with the caller's organization's answers so a phone can resume where it stopped. */
  async get(userId: string, id: string) {
    const { survey, membership } = await this.load(userId, id, 'survey.read');
    if (survey.status === 'draft' && !this.policy.can(membership, 'survey.manage')) throw new NotFound('survey');
    const mine = membership.organizationId
      ? await this.dataSource.manager.findOneBy(AnswerSet, { surveyId: id, organizationId: membership.organizationId })
      : null;
    return { ...surveyView(survey), myAnswers: mine?.answers ?? null };
  }

  async send(userId: string, id: string) {
    const survey = await this.dataSource.transaction(async (manager) => {
      const { survey } = await this.load(userId, id, 'survey.manage', manager, true);
      if (survey.status !== 'draft') throw new Conflict('The survey was already sent', { code: 'survey.already-sent' });
      survey.status = 'open';
      survey.sentAt = new Date();
      await manager.save(Survey, survey);
      const people = await this.people.userIds(survey.clusterId, { roles: ['admin', 'member'], except: userId }, manager);
      await this.notifier.notify(manager, {
        clusterId: survey.clusterId,
        userIds: people,
        kind: 'survey.sent',
        title: survey.title.fa ?? survey.title.az ?? survey.title.en ?? '',
        link: `/surveys/${survey.id}`,
        data: { surveyId: survey.id, title: survey.title },
        dedupeKey: `survey:${survey.id}`,
      });
      return survey;
    });
    return surveyView(survey);
  }

  async close(userId: string, id: string) {
    const survey = await this.dataSource.transaction(async (manager) => {
      const { survey } = await this.load(userId, id, 'survey.manage', manager, true);
      if (survey.status !== 'open')
        throw new Conflict('Only an open survey can be closed', { code: 'survey.not-open', params: { status: survey.status } });
      survey.status = 'closed';
      return manager.save(Survey, survey);
    });
    return surveyView(survey);
  }

  /** One answer set per organization: the firm's latest answers replace its earlier ones. */
  async answer(userId: string, id: string, organizationId: string, answers: Array<{ questionId: string; value: string }>) {
    return this.dataSource.transaction(async (manager) => {
      const { survey } = await this.load(userId, id, 'survey.answer', manager, true);
      if (survey.status !== 'open')
        throw new Conflict('The survey is not taking answers', { code: 'survey.not-open', params: { status: survey.status } });
      await this.policy.requireActsIn(userId, survey.clusterId, organizationId, manager);
      const values: Record<string, string> = {};
      for (const a of answers) {
        const q = survey.questions.find((x) => x.id === a.questionId);
        if (!q)
          throw new RuleBroken(
            'No such question in this survey',
            [{ field: 'answers', message: `${a.questionId} is not a question of this survey`, code: 'survey.unknown-question' }],
            { code: 'survey.unknown-question', params: { questionId: a.questionId } },
          );
        values[q.id] = answerValue(q, a.value);
      }
      await manager.upsert(AnswerSet, { surveyId: id, organizationId, answeredBy: userId, answers: values, answeredAt: new Date() }, [
        'surveyId',
        'organizationId',
      ]);
      return { surveyId: id, organizationId, answers: values };
    });
  }

  async results(userId: string, id: string) {
    const { survey } = await this.load(userId, id, 'survey.manage');
    return { survey: surveyView(survey), ...(await this.resultsOf(survey)) };
  }

  /** For the indicators: results of a survey of this cluster, with nothing checked but the cluster. */
  async resultsIn(manager: EntityManager, clusterId: string, id: string) {
    const survey = await manager.findOneBy(Survey, { id, clusterId });
    if (!survey) throw new NotFound('survey');
    return { survey, ...(await this.resultsOf(survey, manager)) };
  }

  private async resultsOf(survey: Survey, manager: EntityManager = this.dataSource.manager) {
    const sets = await manager.find(AnswerSet, { where: { surveyId: survey.id } });
    // Firms asked: the organizations that sit in the cluster as members.
    const asked = Math.max(await this.people.memberFirmCount(survey.clusterId, manager), sets.length);
    return {
      asked,
      answered: sets.length,
      questions: surveyResults(
        survey.questions,
        sets.map((s) => s.answers),
        asked,
      ),
    };
  }

  private async load(
    userId: string,
    id: string,
    permission: 'survey.read' | 'survey.manage' | 'survey.answer',
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ) {
    const survey = await manager.findOne(Survey, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!survey) throw new NotFound('survey');
    const membership = await this.policy.authorize(userId, survey.clusterId, permission, 'survey', manager);
    return { survey, membership };
  }
}

function checkQuestion(q: NewQuestion, index: number) {
  const refuse = (message: string, code: string) => {
    throw new RuleBroken(message, [{ field: `questions.${index}`, message, code }], { code, params: { question: index + 1 } });
  };
  if (q.kind === 'choice' && (q.options?.length ?? 0) < 2)
    refuse('A choice question needs at least two options', 'survey.choice-needs-options');
  if (q.kind !== 'choice' && q.options !== undefined) refuse('Only choice questions have options', 'survey.options-only-for-choice');
  if (q.kind === 'scale' && (q.min ?? 1) >= (q.max ?? 5)) refuse('A scale must run from a lower to a higher step', 'survey.scale-inverted');
}

/** The answer as stored, or a 422 naming the question when it does not fit the question's kind. */
function answerValue(q: Question, raw: string): string {
  const refuse = (expected: string): never => {
    throw new RuleBroken(
      `The answer to ${q.id} must be ${expected}`,
      [{ field: 'answers', message: `${q.id} must be ${expected}`, code: 'survey.answer-invalid' }],
      { code: 'survey.answer-invalid', params: { questionId: q.id, expected } },
    );
  };
  if (q.kind === 'text') return raw.trim();
  const ascii = toAsciiDigits(raw);
  if (q.kind === 'number') return /^-?\d{1,15}(\.\d{1,6})?$/.test(ascii) ? dec(ascii).toFixed() : refuse('a number');
  const step = /^\d{1,3}$/.test(ascii) ? Number(ascii) : NaN;
  if (q.kind === 'choice') return step < (q.options?.length ?? 0) ? String(step) : refuse('an option number');
  return step >= (q.min ?? 1) && step <= (q.max ?? 5) ? String(step) : refuse('a step of the scale');
}
