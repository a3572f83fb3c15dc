import { canHappen, nextStatus } from './procurement-state';

describe('the procurement state machine', () => {
  it('walks the happy path from draft to completed', () => {
    let s = nextStatus('draft', 'publish');
    s = nextStatus(s, 'close-joining');
    s = nextStatus(s, 'close-quoting');
    s = nextStatus(s, 'award');
    expect(nextStatus(s, 'complete')).toBe('completed');
  });

  it('cancels from any state before the award, and never after', () => {
    for (const s of ['draft', 'open', 'quoting', 'evaluating'] as const) expect(nextStatus(s, 'cancel')).toBe('cancelled');
    expect(canHappen('awarded', 'cancel')).toBe(false);
    expect(canHappen('completed', 'cancel')).toBe(false);
  });

  it('refuses a transition that is not in the table with a conflict naming the state', () => {
    expect(() => nextStatus('draft', 'award')).toThrow('Cannot award a procurement that is draft');
    expect(() => nextStatus('cancelled', 'publish')).toThrow(/cancelled/);
  });
});
