import { randomUUID } from 'node:crypto';
import { aCluster } from '../support/factories';
import { Platform, startPlatform } from '../support/platform';
import { nextEvent } from '../support/sockets';

// The relays poll a minute apart here: only the wake-up at commit can move a job sooner.
const POLL_MS = 60_000;

describe('a job leaves the outbox when its change commits', () => {
  let p: Platform;
  beforeAll(async () => (p = await startPlatform({ env: { OUTBOX_POLL_MS: String(POLL_MS) } })));
  afterAll(() => p.close());

  it("pushes a mention's notification to the person's socket long before the relay's next poll", async () => {
    const cluster = await aCluster(p);
    const reader = await cluster.withMember('member');
    const channel = (
      await p.http.as(cluster.admin).post(`/clusters/${cluster.id}/channels`, { name: `wake-${randomUUID().slice(0, 6)}`, kind: 'public' })
    ).body;
    await p.http.as(reader).post(`/channels/${channel.id}/join`);
    const socket = await p.socket(reader.token);
    const pushed = nextEvent(socket, 'notification:new');
    const since = Date.now();
    const sent = await p.http
      .as(cluster.admin)
      .post(`/channels/${channel.id}/messages`, { body: '@channel the truck leaves at 9', clientMessageId: randomUUID() });
    expect(sent.body.mentions).toEqual([reader.id]);
    expect((await pushed).data).toMatchObject({ messageId: sent.body.id });
    // Without the wake-up it waits for the poll, most of a minute after the platform started.
    expect(Date.now() - since).toBeLessThan(POLL_MS / 2);
  });
});
