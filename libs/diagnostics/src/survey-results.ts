import { dec } from '@hamkar/common/pure';
import type { Question } from './survey.entity';

export interface QuestionResult {
  questionId: string;
  kind: Question['kind'];
  answered: number;
  /** Answered organizations over organizations asked, as a percentage with one decimal. */
  responseRate: string;
  sum?: string;
  mean?: string;
  min?: string;
  max?: string;
  /** Choice and scale: how many chose each option or step, and its share of those who answered (%). */
  counts?: Array<{ value: number; count: number; share: string }>;
  texts?: string[];
}

const percent = (part: number, whole: number) => (whole === 0 ? '0' : dec(part).times(100).dividedBy(whole).toDecimalPlaces(1).toFixed());

/** Per question: who answered, and what they said, summed, averaged or counted by option. */
export function surveyResults(questions: Question[], answerSets: Array<Record<string, string>>, asked: number): QuestionResult[] {
  return questions.map((q) => {
    const given = answerSets.map((a) => a[q.id]).filter((v): v is string => v !== undefined && v !== '');
    const result: QuestionResult = {
      questionId: q.id,
      kind: q.kind,
      answered: given.length,
      responseRate: percent(given.length, Math.max(asked, given.length)),
    };
    if (q.kind === 'text') return { ...result, texts: given };
    if (q.kind === 'number' || q.kind === 'scale') {
      const values = given.map((v) => dec(v));
      if (values.length) {
        const sum = values.reduce((a, b) => a.plus(b), dec(0));
        Object.assign(result, {
          sum: sum.toFixed(),
          mean: sum.dividedBy(values.length).toDecimalPlaces(4).toFixed(),
          min: values.reduce((a, b) => (b.lt(a) ? b : a)).toFixed(),
          max: values.reduce((a, b) => (b.gt(a) ? b : a)).toFixed(),
        });
      }
    }
    if (q.kind === 'choice' || q.kind === 'scale') {
      const steps = q.kind === 'choice' ? (q.options ?? []).map((_o, i) => i) : range(q.min ?? 1, q.max ?? 5);
      result.counts = steps.map((value) => {
        const count = given.filter((v) => Number(v) === value).length;
        return { value, count, share: percent(count, given.length) };
      });
    }
    return result;
  });
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_v, i) => from + i);

/** What a chosen answer contributes to an indicator: a total, an average, a count or a share (%). */
export const BASELINE_STATISTICS = ['sum', 'mean', 'answered', 'share'] as const;
export type BaselineStatistic = (typeof BASELINE_STATISTICS)[number];

export function statisticOf(result: QuestionResult, statistic: BaselineStatistic, option?: number): string | null {
  if (statistic === 'answered') return String(result.answered);
  if (statistic === 'share') return result.counts?.find((c) => c.value === option)?.share ?? null;
  return result[statistic] ?? null;
}
