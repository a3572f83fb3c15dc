import { SendBudget } from './send-budget';

describe('the send budget of a socket', () => {
  it('allows a burst, then refuses until time refills it', () => {
    const budget = new SendBudget(3, 1, 0);
    expect([budget.take(0), budget.take(0), budget.take(0), budget.take(0)]).toEqual([true, true, true, false]);
    expect(budget.take(1000)).toBe(true);
    expect(budget.take(1000)).toBe(false);
  });
});
