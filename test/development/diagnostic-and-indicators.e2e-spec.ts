import { parse } from 'csv-parse/sync';
import { Actor, aCluster, aUser, ClusterFixture } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { aNeedBy, aPublishedNeed, aQuoteBy, join } from '../support/procurement';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('the cluster development cycle: diagnostic, baseline, indicators and joint actions', () => {
  let p: Platform;
  let cluster: ClusterFixture;
  let agent: Actor;
  let firms: Actor[];
  beforeAll(async () => {
    p = await startPlatform();
    cluster = await aCluster(p);
    agent = await cluster.withMember('agent', { organization: false });
    firms = [
      await cluster.withMember('member', { locale: 'fa' }),
      await cluster.withMember('member', { locale: 'az' }),
      await cluster.withMember('member'),
      await cluster.withMember('member'),
    ];
  });
  afterAll(() => p.close());

  const created = <T = any>(res: { status: number; body: T }, status = 201): T => {
    if (res.status !== status) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  const aDiagnostic = async () =>
    created(
      await p.http.as(agent).post(`/clusters/${cluster.id}/surveys`, {
        title: { fa: 'مطالعه تشخیصی خوشه فرش', az: 'Xalça klasterinin diaqnostikası', en: 'Carpet cluster diagnostic' },
        questions: [
          {
            kind: 'number',
            text: { fa: 'چند دار قالی دارید؟', az: 'Neçə dəzgahınız var?', en: 'How many looms do you run?' },
            unit: 'looms',
          },
          {
            kind: 'choice',
            text: { fa: 'صادرات دارید؟', en: 'Do you export?' },
            options: [
              { fa: 'بله', en: 'Yes' },
              { fa: 'خیر', en: 'No' },
            ],
          },
          { kind: 'scale', text: { en: 'How much do you trust the other workshops?' }, min: 1, max: 5 },
          { kind: 'text', text: { fa: 'بزرگ‌ترین مشکل شما چیست؟' } },
        ],
      }),
    );

  it('an agent sends a survey, three firms answer, and the looms they declare become the baseline', async () => {
    const survey = await aDiagnostic();
    expect(survey).toMatchObject({ status: 'draft', questions: [{ id: 'q1', kind: 'number' }, { id: 'q2' }, { id: 'q3' }, { id: 'q4' }] });
    expect((await p.http.as(firms[0]).get(`/surveys/${survey.id}`)).status).toBe(404);

    expect(created(await p.http.as(agent).post(`/surveys/${survey.id}/send`), 201).status).toBe('open');
    const told = (await p.http.as(firms[0]).get('/notifications')).body.items;
    expect(told).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'survey.sent', link: `/surveys/${survey.id}` })]));

    const answers = [
      ['۱۲۰', '0', '4', 'نخ گران است'],
      ['80', '1', '2', ''],
      ['100.5', '0', '3', 'Marketing'],
    ];
    for (const [i, [looms, exports, trust, problem]] of answers.entries()) {
      const firm = firms[i];
      created(
        await p.http.as(firm).put(`/surveys/${survey.id}/answers`, {
          organizationId: firm.organizationId,
          answers: [
            { questionId: 'q1', value: looms },
            { questionId: 'q2', value: exports },
            { questionId: 'q3', value: trust },
            { questionId: 'q4', value: problem },
          ],
        }),
        200,
      );
    }
    // Answering again replaces the firm's answers: still one answer set per organization.
    created(
      await p.http.as(firms[1]).put(`/surveys/${survey.id}/answers`, {
        organizationId: firms[1].organizationId,
        answers: [
          { questionId: 'q1', value: '90' },
          { questionId: 'q2', value: '1' },
        ],
      }),
      200,
    );
    expect((await p.http.as(firms[1]).get(`/surveys/${survey.id}`)).body.myAnswers).toEqual({ q1: '90', q2: '1' });

    const results = created(await p.http.as(agent).get(`/surveys/${survey.id}/results`), 200);
    expect(results).toMatchObject({ asked: 4, answered: 3 });
    expect(results.questions[0]).toMatchObject({ questionId: 'q1', answered: 3, responseRate: '75', sum: '310.5', mean: '103.5' });
    expect(results.questions[1].counts).toEqual([
      { value: 0, count: 2, share: '66.7' },
      { value: 1, count: 1, share: '33.3' },
    ]);
    expect(results.questions[2]).toMatchObject({ answered: 2, responseRate: '50', mean: '3.5' });
    expect(results.questions[3].texts).toEqual(['نخ گران است', 'Marketing']);
    expect((await p.http.as(firms[0]).get(`/surveys/${survey.id}/results`)).status).toBe(403);

    const looms = created(
      await p.http
        .as(agent)
        .post(`/clusters/${cluster.id}/indicators`, { name: { fa: 'دارهای قالی', en: 'Carpet looms' }, unit: 'looms', source: 'readings' }),
    );
    const baseline = created(
      await p.http
        .as(agent)
        .put(`/indicators/${looms.id}/baseline/from-survey`, { surveyId: survey.id, questionId: 'q1', statistic: 'sum' }),
      200,
    );
    expect(baseline).toMatchObject({
      baseline: '310.5',
      baselineDate: day(0),
      baselineOrigin: { surveyId: survey.id, questionId: 'q1', statistic: 'sum' },
    });
    const exporters = created(
      await p.http.as(agent).post(`/clusters/${cluster.id}/indicators`, { name: { en: 'Exporting firms' }, unit: '%', source: 'readings' }),
    );
    expect(
      created(
        await p.http.as(agent).put(`/indicators/${exporters.id}/baseline/from-survey`, {
          surveyId: survey.id,
          questionId: 'q2',
          statistic: 'share',
          option: 0,
        }),
        200,
      ).baseline,
    ).toBe('66.7');

    const targeted = created(await p.http.as(agent).put(`/indicators/${looms.id}/targets`, { dueDate: day(365), value: '410.5' }), 200);
    expect(targeted).toMatchObject({ nextTarget: { dueDate: day(365), value: '410.5' }, current: '310.5', progress: '0' });
    const measured = created(await p.http.as(agent).post(`/indicators/${looms.id}/readings`, { measuredOn: day(0), value: '۳۶۰٫۵' }));
    expect(measured).toMatchObject({ current: '360.5', progress: '50', series: [{ date: day(0), value: '360.5' }] });
  });

  it('refuses answers that do not fit the question, from outside the cluster, or after the survey closed', async () => {
    const survey = await aDiagnostic();
    const firm = firms[0];
    const answer = (value: string, questionId = 'q1', who = firm, organizationId = firm.organizationId) =>
      p.http.as(who).put(`/surveys/${survey.id}/answers`, { organizationId, answers: [{ questionId, value }] });
    expect((await answer('12')).body.code).toBe('survey.not-open');
    await p.http.as(agent).post(`/surveys/${survey.id}/send`);
    expect([(await answer('many')).status, (await answer('many')).body.code]).toEqual([422, 'survey.answer-invalid']);
    expect((await answer('2', 'q2')).body).toMatchObject({ code: 'survey.answer-invalid', params: { questionId: 'q2' } });
    expect((await answer('6', 'q3')).body.code).toBe('survey.answer-invalid');
    expect((await answer('1', 'q9')).body.code).toBe('survey.unknown-question');
    expect((await answer('1', 'q1', firm, firms[1].organizationId)).status).toBe(403);
    expect((await answer('1', 'q1', await aUser(p))).status).toBe(404);
    expect(
      (
        await p.http.as(agent).post(`/clusters/${cluster.id}/surveys`, {
          title: { en: 'x' },
          questions: [{ kind: 'choice', text: { en: 'One option only?' }, options: [{ en: 'yes' }] }],
        })
      ).body.code,
    ).toBe('survey.choice-needs-options');
    expect((await p.http.as(agent).post(`/clusters/${cluster.id}/surveys`, { title: {}, questions: [] })).status).toBe(400);
    const untitled = await p.http
      .as(agent)
      .post(`/clusters/${cluster.id}/surveys`, { title: {}, questions: [{ kind: 'text', text: { en: null, fa: 'چرا؟' } }] });
    expect(untitled.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['questions.0.text.en', 'title.en']);
    expect(
      (
        await p.http
          .as(firm)
          .post(`/clusters/${cluster.id}/surveys`, { title: { en: 'Mine' }, questions: [{ kind: 'text', text: { en: 'Why?' } }] })
      ).status,
    ).toBe(403);
    created(await p.http.as(agent).post(`/surveys/${survey.id}/close`), 201);
    expect((await answer('12')).body.code).toBe('survey.not-open');
    expect((await p.http.as(agent).get(`/surveys/${survey.id}/results`)).body.answered).toBe(0);
  });

  it("an award's saving moves the savings indicator, and the funders' export and report show it", async () => {
    const savings = created(
      await p.http.as(agent).post(`/clusters/${cluster.id}/indicators`, {
        name: { fa: 'صرفه‌جویی خرید جمعی', en: 'Pooled purchasing savings' },
        unit: 'AZN',
        source: 'procurement-savings',
        currency: 'AZN',
        baseline: '0',
      }),
    );
    created(await p.http.as(agent).put(`/indicators/${savings.id}/targets`, { dueDate: day(365), value: '3000' }), 200);
    expect((await p.http.as(agent).get(`/indicators/${savings.id}`)).body).toMatchObject({ current: '0', progress: '0' });

    const [firm, partner] = firms;
    const seller = await cluster.withMember('supplier', { organization: { kind: 'supplier' } });
    const needId = await aPublishedNeed(p, cluster.id, firm);
    created(await join(p, needId, partner, '100'));
    await p.http.as(firm).post(`/procurements/${needId}/close-joining`);
    // Alone each firm pays 15 AZN/kg; together they reach 500 kg and pay 12: 1,200 + 300 saved.
    const quote = created(
      await p.http.as(seller).post(
        `/procurements/${needId}/quotes`,
        aQuoteBy(seller, [
          { minQuantity: '1', unitPrice: '15' },
          { minQuantity: '500', unitPrice: '12' },
        ]),
      ),
    );
    await p.http.as(firm).post(`/procurements/${needId}/close-quoting`);
    expect(created(await p.http.as(firm).post(`/procurements/${needId}/award`, { quoteId: quote.id }), 200).status).toBe('awarded');

    const moved = created(await p.http.as(firms[2]).get(`/indicators/${savings.id}`), 200);
    expect(moved).toMatchObject({ current: '1500', progress: '50', series: [{ date: `${day(0).slice(0, 8)}01`, value: '1500' }] });

    const csv = await p.http.as(agent).get(`/clusters/${cluster.id}/indicators.csv?lang=fa`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = parse((csv.body as string).replace(/^\ufeff/, ''), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ indicator: 'صرفه‌جویی خرید جمعی', value: '1500', target: '3000', progress_percent: '50' }),
      ]),
    );
    const report = await p.http.as(agent).get(`/clusters/${cluster.id}/indicators/report?lang=fa`);
    expect(report.headers.get('content-type')).toContain('text/html');
    expect(report.body).toContain('dir="rtl"');
    expect(report.body).toContain('صرفه‌جویی خرید جمعی');
    expect(report.body).toContain('50 %');
  });

  it('firms in joint actions counts each firm once, whether it joined a pooled purchase, a project or both', async () => {
    const own = await aCluster(p);
    const [buyer, weaver, dyer] = [await own.withMember('member'), await own.withMember('member'), await own.withMember('member')];
    const indicator = async (source: string, en: string) =>
      created(await p.http.as(own.admin).post(`/clusters/${own.id}/indicators`, { name: { en }, unit: 'firms', source, baseline: '0' }));
    const joint = await indicator('joint-action-participation', 'Firms in joint actions');
    const pooled = await indicator('procurement-participation', 'Firms in pooled purchasing');
    expect((await p.http.as(own.admin).get(`/indicators/${joint.id}`)).body.current).toBe('0');

    created(
      await p.http
        .as(buyer)
        .post(
          `/clusters/${own.id}/procurements`,
          aNeedBy(buyer, { title: 'Mordant', description: 'Alum', categoryCode: '3204', quantity: '50' }),
        ),
    );
    const project = created(
      await p.http.as(own.admin).post(`/clusters/${own.id}/projects`, {
        title: 'Shared dye house',
        description: '',
        kind: 'shared_facility',
        startDate: day(-1),
        endDate: day(60),
      }),
    );
    for (const firm of [buyer, weaver, dyer])
      created(await p.http.as(own.admin).post(`/projects/${project.id}/members`, { organizationId: firm.organizationId }));

    const month = `${day(0).slice(0, 8)}01`;
    expect((await p.http.as(weaver).get(`/indicators/${joint.id}`)).body).toMatchObject({
      current: '3',
      series: [{ date: month, value: '3' }],
    });
    expect((await p.http.as(weaver).get(`/indicators/${pooled.id}`)).body.current).toBe('1');
  });

  it('a project linked to an indicator shows it, and the plan lists pilot and strategic actions by status', async () => {
    const project = created(
      await p.http.as(agent).post(`/clusters/${cluster.id}/projects`, {
        title: 'Shared natural-dye workshop',
        description: 'Pilot',
        kind: 'shared_facility',
        startDate: day(-5),
        endDate: day(90),
      }),
    );
    const trained = created(
      await p.http.as(agent).post(`/clusters/${cluster.id}/indicators`, {
        name: { en: 'People trained in natural dyeing' },
        unit: 'people',
        source: 'readings',
        baseline: '0',
      }),
    );
    const linked = created(
      await p.http.as(agent).put(`/projects/${project.id}/results`, { indicatorIds: [trained.id], stage: 'pilot' }),
      200,
    );
    expect(linked).toMatchObject({
      projectId: project.id,
      stage: 'pilot',
      indicators: [{ id: trained.id, name: { en: 'People trained in natural dyeing' }, baseline: '0' }],
    });
    expect((await p.http.as(firms[3]).get(`/projects/${project.id}/results`)).body.indicators.map((i: { id: string }) => i.id)).toEqual([
      trained.id,
    ]);

    const plan = created(await p.http.as(firms[3]).get(`/clusters/${cluster.id}/plan`), 200);
    expect(plan.pilot.active).toEqual([
      expect.objectContaining({ projectId: project.id, stage: 'pilot', indicators: [expect.objectContaining({ id: trained.id })] }),
    ]);
    expect(plan.strategic.active).toEqual([]);

    const elsewhere = await aCluster(p);
    const foreign = created(
      await p.http
        .as(elsewhere.admin)
        .post(`/clusters/${elsewhere.id}/indicators`, { name: { en: 'Theirs' }, unit: 'x', source: 'readings' }),
    );
    expect((await p.http.as(agent).put(`/projects/${project.id}/results`, { indicatorIds: [foreign.id] })).body).toMatchObject({
      code: 'indicator.not-in-cluster',
      params: { indicatorId: foreign.id },
    });
    expect((await p.http.as(firms[3]).put(`/projects/${project.id}/results`, { indicatorIds: [] })).status).toBe(403);
    expect((await p.http.as(agent).get(`/projects/${project.id}/results`)).body.indicators).toHaveLength(1);
  });
});
