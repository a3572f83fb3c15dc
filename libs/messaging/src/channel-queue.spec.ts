import { ChannelQueue } from './channel-queue';

const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
};

describe('the queue of sends into one channel', () => {
  it('runs one send per channel at a time, in arrival order, and channels independently', async () => {
    const queue = new ChannelQueue();
    const log: string[] = [];
    const first = gate();
    const a1 = queue.run('a', async () => {
      log.push('a1 start');
      await first.opened;
      log.push('a1 end');
    });
    const a2 = queue.run('a', async () => void log.push('a2'));
    await queue.run('b', async () => void log.push('b1'));
    expect(log).toEqual(['a1 start', 'b1']);
    first.open();
    await Promise.all([a1, a2]);
    expect(log).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
    expect(queue.waiting('a')).toBe(0);
  });

  it('answers 503 channel-busy when the line is full, without running the send', async () => {
    const queue = new ChannelQueue(1);
    const held = gate();
    const running = queue.run('a', () => held.opened);
    let ran = false;
    await expect(queue.run('a', async () => void (ran = true))).rejects.toMatchObject({ status: 503, code: 'message.channel-busy' });
    expect(ran).toBe(false);
    held.open();
    await running;
  });

  it('answers 503 to a send that waited too long, and the next still waits for the running one', async () => {
    const queue = new ChannelQueue(10, 20);
    const held = gate();
    const log: string[] = [];
    const running = queue.run('a', async () => {
      await held.opened;
      log.push('first');
    });
    await expect(queue.run('a', async () => void log.push('never'))).rejects.toMatchObject({ status: 503 });
    const third = queue.run('a', async () => void log.push('third'));
    held.open();
    await Promise.all([running, third]);
    expect(log).toEqual(['first', 'third']);
  });
});
