import { eventually } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { throwawayRedis } from '../support/throwaway-redis';

describe('readiness when Redis goes away', () => {
  let p: Platform;
  let redis: Awaited<ReturnType<typeof throwawayRedis>>;
  beforeAll(async () => {
    redis = await throwawayRedis();
    p = await startPlatform({ worker: false, env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await redis.start().catch(() => undefined);
    await p.close();
    await redis.stop();
  });

  it('answers 503 within 2 s while Redis is down, stays live, and recovers without a restart', async () => {
    expect((await p.http.get('//health/ready')).status).toBe(200);
    await redis.stop();

    const started = Date.now();
    const down = await p.http.get('//health/ready');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(down.status).toBe(503);
    expect(down.body.details).toMatchObject({ redis: { status: 'down' }, database: { status: 'up' } });
    expect((await p.http.get('//health')).status).toBe(200);

    await redis.start();
    await eventually(async () => (await p.http.get('//health/ready')).status === 200);
  });
});
