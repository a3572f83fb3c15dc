import { Budgets, SendBudget } from './send-budget';

describe('the send budget of a socket', () => {
  it('allows a burst, then refuses until time refills it', () => {
    const budget = new SendBudget(3, 1, 0);
    expect([budget.take(0), budget.take(0), budget.take(0), budget.take(0)]).toEqual([true, true, true, false]);
    expect(budget.take(1000)).toBe(true);
    expect(budget.take(1000)).toBe(false);
  });
});

describe('budgets per user', () => {
  it('share one bucket between every socket of a user, and keep users apart', () => {
    const budgets = new Budgets(2, 1);
    expect([budgets.take('ana', 0), budgets.take('ana', 0), budgets.take('ana', 0)]).toEqual([true, true, false]);
    expect(budgets.take('bahram', 0)).toBe(true);
  });

  it('forget refilled buckets when full, so memory stays bounded', () => {
    const budgets = new Budgets(1, 1, 2);
    budgets.take('a', 0);
    budgets.take('b', 0);
    budgets.take('c', 5000);
    expect(budgets.size).toBe(1);
  });
});
