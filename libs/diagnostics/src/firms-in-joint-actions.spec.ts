import { firstTimeFirmsByMonth } from './firms-in-joint-actions';

describe('firms in joint actions', () => {
  it('counts a firm once, in the month it first joined a pooled purchase or a project', () => {
    const purchases = [
      { organizationId: 'a', first: '2026-03-10T08:00:00Z' },
      { organizationId: 'b', first: '2026-05-02T08:00:00Z' },
    ];
    const projects = [
      { organizationId: 'b', first: '2026-04-20T08:00:00Z' },
      { organizationId: 'c', first: new Date('2026-05-30T08:00:00Z') },
      { organizationId: 'a', first: '2026-06-01T08:00:00Z' },
    ];
    expect(firstTimeFirmsByMonth(purchases, projects)).toEqual([
      { month: '2026-03-01', amount: 1 },
      { month: '2026-04-01', amount: 1 },
      { month: '2026-05-01', amount: 1 },
    ]);
  });

  it('has nothing to count when no firm took part in anything', () => {
    expect(firstTimeFirmsByMonth([], [])).toEqual([]);
  });
});
