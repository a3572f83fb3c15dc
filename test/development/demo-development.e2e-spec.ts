import { execFileSync } from 'node:child_process';
import { DEMO_PASSWORD } from '../../libs/demo/src/demo-people';
import { Platform, startPlatform } from '../support/platform';
import { DIST, testEnv } from '../support/test-env';

describe('the demo clusters carry the development cycle', () => {
  let p: Platform;
  beforeAll(async () => {
    p = await startPlatform();
    execFileSync(process.execPath, ['-r', `./${DIST}/register-paths.js`, `${DIST}/libs/demo/src/cli/seed.js`], {
      env: { ...process.env, ...testEnv({ DEMO_SUPPLIERS_PER_CLUSTER: '3' }) },
      stdio: 'pipe',
      timeout: 120_000,
    });
  }, 180_000);
  afterAll(() => p.close());

  const signIn = async (email: string) => {
    const res = await p.http.post('/auth/login', { email, password: DEMO_PASSWORD });
    if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return { token: res.body.accessToken as string };
  };

  it("Zanjan's agent finds the diagnostic answered, the seeds' figures as baselines with targets, and the pooled savings measured", async () => {
    const agent = p.http.as(await signIn('reza@demo.hamkar.app'));
    const clusters = (await agent.get('/clusters')).body;
    const zanjan = (clusters.items ?? clusters).find((c: { slug: string }) => c.slug === 'zanjan-carpets');
    const [survey] = (await agent.get(`/clusters/${zanjan.id}/surveys`)).body.items;
    const results = (await agent.get(`/surveys/${survey.id}/results`)).body;
    expect(results).toMatchObject({ asked: 2, answered: 2 });

    const indicators = (await agent.get(`/clusters/${zanjan.id}/indicators`)).body.items as Array<Record<string, any>>;
    const named = (en: string) => indicators.find((i) => i.name.en === en)!;
    expect(named('Active workshops')).toMatchObject({ baseline: '800', targets: [expect.anything(), { value: '850' }] });
    expect(named('Carpet cooperatives').baseline).toBe('18');
    expect(named('Carpet looms')).toMatchObject({ baseline: '23000', unit: 'looms' });
    expect(named('Yearly output')).toMatchObject({ baseline: '350000', unit: 'm²' });
    expect(named("Share of the country's hand-woven carpets")).toMatchObject({ baseline: '5', unit: '%' });
    expect(named('Exporting firms')).toMatchObject({ baseline: '50', baselineOrigin: { surveyId: survey.id, questionId: 'q3' } });
    expect(Number(named('Pooled purchasing savings').current)).toBeGreaterThan(0);

    const plan = (await agent.get(`/clusters/${zanjan.id}/plan`)).body;
    expect(plan.pilot.active[0].indicators.map((i: { name: { en: string } }) => i.name.en)).toContain('Pooled purchasing savings');
  });

  it('a Sumgait member finds the Azerbaijani partner offer', async () => {
    const member = p.http.as(await signIn('gunel@demo.hamkar.app'));
    const clusters = (await member.get('/clusters')).body;
    const sumgait = (clusters.items ?? clusters).find((c: { slug: string }) => c.slug === 'sumgait-chemicals');
    const found = (await member.get(`/clusters/${sumgait.id}/offers?q=EKSTRUZIYA`)).body.items;
    expect(found).toEqual([expect.objectContaining({ kind: 'subcontracting', place: 'Sumqayıt' })]);
  });
});
