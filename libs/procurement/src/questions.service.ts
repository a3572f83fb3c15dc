import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessPolicy, AuditLog } from '@hamkar/clusters';
import { Conflict, NotFound, RuleBroken } from '@hamkar/common';
import { Notifier } from '@hamkar/notifications';
import { ProcurementAccess } from './procurement-access';
import type { Procurement } from './procurement.entity';
import { Question } from './question.entity';

/** Questions are asked and answered only while the need is still open to offers. */
const ASKING_STATES = ['open', 'quoting'];

const requireAskingState = (p: Procurement) => {
  if (!ASKING_STATES.includes(p.status))
    throw new Conflict(`Questions are taken only while open or quoting (the procurement is ${p.status})`, {
      code: 'procurement.wrong-state',
      params: { state: p.status },
    });
};

/** What anyone is shown of a question: never who asked it, only whether it was the reader's own. */
const questionView = (q: Question, mine: boolean) => ({
  id: q.id,
  body: q.body,
  answer: q.answer,
  askedAt: q.askedAt,
  answeredAt: q.answeredAt,
  mine,
});

/** Clarification questions: suppliers ask, the organiser answers once for everyone, the asker stays unnamed. */
@Injectable()
export class QuestionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: AccessPolicy,
    private readonly access: ProcurementAccess,
    private readonly audit: AuditLog,
    private readonly notifier: Notifier,
  ) {}

  async ask(userId: string, id: string, body: string) {
    return this.dataSource.transaction(async (manager) => {
      const { procurement: p, membership } = await this.access.load(userId, id, 'procurement.ask', manager, true);
      if (!membership.organizationId)
        throw new RuleBroken('Ask on behalf of your organization: you hold no seat in one of this cluster', {
          code: 'question.no-organization',
        });
      await this.policy.requireActsIn(userId, p.clusterId, membership.organizationId, manager);
      requireAskingState(p);
      const q = await manager.save(
        Question,
        manager.create(Question, { procurementId: id, askerOrganizationId: membership.organizationId, askedBy: userId, body }),
      );
      await this.notifier.notify(manager, {
        clusterId: p.clusterId,
        userIds: await this.access.peopleOf(manager, [p.organizationId]),
        kind: 'procurement.question-asked',
        title: p.title,
        body,
        link: `/procurements/${id}`,
        data: { procurementId: id, questionId: q.id },
        dedupeKey: `question-asked:${q.id}`,
      });
      return { id: q.id, body: q.body, askedAt: q.askedAt };
    });
  }

  async answer(userId: string, id: string, questionId: string, answer: string) {
    return this.dataSource.transaction(async (manager) => {
      const ctx = await this.access.load(userId, id, 'procurement.read', manager, true);
      await this.access.requireOrganiser(userId, ctx);
      const p = ctx.procurement;
      requireAskingState(p);
      const q = await manager.findOne(Question, { where: { id: questionId, procurementId: id }, lock: { mode: 'pessimistic_write' } });
      if (!q) throw new NotFound('question');
      if (q.answer !== null) throw new Conflict('This question has been answered already', { code: 'question.already-answered' });
      Object.assign(q, { answer, answeredBy: userId, answeredAt: new Date() });
      await manager.update(Question, { id: q.id }, { answer, answeredBy: userId, answeredAt: q.answeredAt });
      await this.audit.record(manager, {
        clusterId: p.clusterId,
        actorId: userId,
        action: 'procurement.question-answered',
        targetType: 'procurement',
        targetId: id,
        data: { questionId },
      });
      const audience = (await this.access.audienceOf(manager, id)).filter((u) => u !== userId);
      await this.notifier.notify(manager, {
        clusterId: p.clusterId,
        userIds: audience,
        kind: 'procurement.question-answered',
        title: p.title,
        body: q.body,
        link: `/procurements/${id}`,
        data: { procurementId: id, questionId },
        dedupeKey: `question-answered:${questionId}`,
      });
      return questionView(q, false);
    });
  }

  /** Buyers (and the organiser) see every question; others see the answered ones and their own organization's. */
  async list(userId: string, id: string) {
    const ctx = await this.access.load(userId, id);
    const seesAll =
      this.policy.can(ctx.membership, 'quote.read-all') || (await this.policy.actsFor(userId, ctx.procurement.organizationId));
    const own = ctx.membership.organizationId;
    const questions = await this.dataSource
      .getRepository(Question)
      .find({ where: { procurementId: id }, order: { askedAt: 'ASC', id: 'ASC' } });
    const mine = (q: Question) => own !== null && q.askerOrganizationId === own;
    return { items: questions.filter((q) => seesAll || q.answer !== null || mine(q)).map((q) => questionView(q, mine(q))) };
  }
}
