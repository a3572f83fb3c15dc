import { OrderedBroadcast } from './ordered-broadcast';

const flush = () => new Promise((r) => setImmediate(r));

describe('ordered broadcast of a channel', () => {
  it('sends in the order the turns were taken, even when a later one is released first', async () => {
    const order = new OrderedBroadcast();
    const sent: number[] = [];
    const first = order.turn('c1');
    const second = order.turn('c1');
    second.release(() => sent.push(2));
    await flush();
    expect(sent).toEqual([]);
    first.release(() => sent.push(1));
    await flush();
    expect(sent).toEqual([1, 2]);
  });

  it('lets a turn released with nothing (a rolled-back send) unblock the next', async () => {
    const order = new OrderedBroadcast();
    const sent: number[] = [];
    const failed = order.turn('c1');
    order.turn('c1').release(() => sent.push(2));
    failed.release();
    await flush();
    expect(sent).toEqual([2]);
  });

  it('never holds one channel up for another', async () => {
    const order = new OrderedBroadcast();
    const sent: string[] = [];
    order.turn('c1');
    order.turn('c2').release(() => sent.push('c2'));
    await flush();
    expect(sent).toEqual(['c2']);
  });
});
