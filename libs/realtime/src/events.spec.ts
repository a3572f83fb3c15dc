import type { RealtimePublisher } from './realtime-publisher';

// The event map is types only: what these tests prove, the compiler proves (`npm run typecheck`),
// each `@ts-expect-error` failing the type check the day the line it marks compiles.
const sent: unknown[][] = [];
const publisher = {
  toUsers: (...args: unknown[]) => void sent.push(args),
  toChannel: (...args: unknown[]) => void sent.push(args),
  toCluster: (...args: unknown[]) => void sent.push(args),
} as unknown as Pick<RealtimePublisher, 'toUsers' | 'toChannel' | 'toCluster'>;

describe('the socket event map, as the server emits', () => {
  beforeEach(() => (sent.length = 0));

  it('takes an event of the map with its payload, moments as Dates', () => {
    publisher.toCluster('c1', 'procurement:updated', { procurementId: 'p1', status: 'quoting', totalQuantity: '800' });
    publisher.toUsers(['u1'], 'channel:read', { channelId: 'ch1', seq: 7 });
    const channel = { id: 'ch1', clusterId: 'c1', name: 'general', kind: 'public', topic: null, lastSeq: 0, archivedAt: null } as const;
    publisher.toChannel('ch1', 'channel:updated', { ...channel, createdAt: new Date() });
    expect(sent).toHaveLength(3);
  });

  it('does not compile an unknown event name or a payload of the wrong shape', () => {
    // @ts-expect-error no client listens for it
    publisher.toCluster('c1', 'procurement:changed', { procurementId: 'p1', status: 'quoting', totalQuantity: '800' });
    // @ts-expect-error not a state of the procurement table
    publisher.toCluster('c1', 'procurement:updated', { procurementId: 'p1', status: 'closed', totalQuantity: '800' });
    // @ts-expect-error the quantity travels as a decimal string
    publisher.toCluster('c1', 'procurement:updated', { procurementId: 'p1', status: 'quoting', totalQuantity: 800 });
    // @ts-expect-error seq is missing
    publisher.toUsers(['u1'], 'channel:read', { channelId: 'ch1' });
    expect(sent).toHaveLength(4);
  });
});
