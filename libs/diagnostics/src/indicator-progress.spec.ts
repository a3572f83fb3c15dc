import { cumulative, progressOf } from './indicator-progress';

describe('indicator progress', () => {
  it('adds monthly savings onto the baseline', () => {
    expect(
      cumulative('100', [
        { month: '2026-01-01', amount: '50.5' },
        { month: '2026-02-01', amount: 20 },
      ]),
    ).toEqual([
      { date: '2026-01-01', value: '150.5' },
      { date: '2026-02-01', value: '170.5' },
    ]);
  });

  it('measures against the next target due, then the last one', () => {
    const targets = [
      { dueDate: '2027-12-31', value: '300' },
      { dueDate: '2026-12-31', value: '200' },
    ];
    expect(progressOf('100', '150', targets, '2026-06-01')).toEqual({ target: targets[1], progress: '50' });
    expect(progressOf('100', '150', targets, '2027-06-01').progress).toBe('25');
    expect(progressOf('100', '400', targets, '2028-06-01').progress).toBe('150');
  });

  it('has no progress without a baseline or a target apart from it', () => {
    expect(progressOf(null, '5', [{ dueDate: '2027-01-01', value: '9' }], '2026-01-01').progress).toBeNull();
    expect(progressOf('5', '5', [], '2026-01-01')).toEqual({ target: null, progress: null });
  });
});
