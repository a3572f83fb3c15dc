import { surveyResults, statisticOf } from './survey-results';
import type { Question } from './survey.entity';

const questions: Question[] = [
  { id: 'q1', kind: 'number', text: { en: 'Looms' }, unit: 'looms' },
  { id: 'q2', kind: 'choice', text: { en: 'Exports?' }, options: [{ en: 'yes' }, { en: 'no' }] },
  { id: 'q3', kind: 'scale', text: { en: 'Trust' }, min: 1, max: 3 },
  { id: 'q4', kind: 'text', text: { en: 'Needs' } },
];

describe('survey results', () => {
  const results = surveyResults(questions, [{ q1: '10', q2: '0', q3: '3', q4: 'wool' }, { q1: '25.5', q2: '1', q3: '3' }, { q2: '0' }], 4);

  it('counts response rates against the organizations asked', () => {
    expect(results.map((r) => [r.answered, r.responseRate])).toEqual([
      [2, '50'],
      [3, '75'],
      [2, '50'],
      [1, '25'],
    ]);
  });

  it('sums and averages numbers without floating-point drift', () => {
    expect(results[0]).toMatchObject({ sum: '35.5', mean: '17.75', min: '10', max: '25.5' });
    expect(statisticOf(results[0], 'mean')).toBe('17.75');
  });

  it('gives each option its share of those who answered', () => {
    expect(results[1].counts).toEqual([
      { value: 0, count: 2, share: '66.7' },
      { value: 1, count: 1, share: '33.3' },
    ]);
    expect(statisticOf(results[1], 'share', 0)).toBe('66.7');
    expect(results[2].counts?.map((c) => c.count)).toEqual([0, 0, 2]);
  });
});
