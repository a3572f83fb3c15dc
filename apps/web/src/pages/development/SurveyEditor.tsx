import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../../api';
import { BackLink } from '../../components/BackLink';
import { DecimalInput } from '../../components/DecimalInput';
import { ErrorText } from '../../components/ErrorText';
import { go } from '../../router';
import { useFormat } from '../../locale/format';
import { LocalText } from './local-text';
import { hasText, LocalTextInput } from './LocalTextInput';

type Kind = Schemas['SurveyQuestionDto']['kind'];
export const QUESTION_KINDS = ['number', 'choice', 'scale', 'text'] as const satisfies readonly Kind[];

interface Draft {
  key: number;
  kind: Kind;
  text: LocalText;
  options: LocalText[];
  min: string;
  max: string;
  unit: string;
}

let keys = 0;
const aQuestion = (kind: Kind = 'number'): Draft => ({ key: ++keys, kind, text: {}, options: [{}, {}], min: '1', max: '5', unit: '' });

/** The agent writes the diagnostic: a title and questions of four kinds, each in fa, az and en. Saved as a draft, sent from its results screen. */
export function SurveyEditor({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [title, setTitle] = useState<LocalText>({});
  const [questions, setQuestions] = useState<Draft[]>([aQuestion()]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const change = (key: number, patch: Partial<Draft>) => setQuestions((qs) => qs.map((q) => (q.key === key ? { ...q, ...patch } : q)));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const body: Schemas['CreateSurveyDto'] = {
        title,
        questions: questions.map((q) => ({
          kind: q.kind,
          text: q.text,
          ...(q.kind === 'choice' ? { options: q.options.filter(hasText) } : {}),
          ...(q.kind === 'scale' ? { min: Number(q.min || 1), max: Number(q.max || 5) } : {}),
          ...(q.kind === 'number' && q.unit.trim() ? { unit: q.unit.trim() } : {}),
        })),
      };
      const survey = await answer(client.POST('/api/v1/clusters/{clusterId}/surveys', { params: { path: { clusterId } }, body }));
      go('c', clusterId, 'development', 'results', survey.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="screen" onSubmit={(e) => void save(e)} data-testid="survey-editor">
      <BackLink href={`#/c/${clusterId}/development`} label={t('development.back')} />
      <h2>{t('development.newSurvey')}</h2>
      <LocalTextInput label={t('development.surveyTitle')} value={title} onChange={setTitle} testId="survey-title" />
      {questions.map((q, n) => (
        <fieldset key={q.key} className="card stack" data-testid="question-draft">
          <legend>{t('development.questionNumber', { n: f.number(n + 1) })}</legend>
          <label className="field">
            <span>{t('development.questionKind')}</span>
            <select value={q.kind} onChange={(e) => change(q.key, { kind: e.target.value as Kind })} data-testid="question-kind">
              {QUESTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`development.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <LocalTextInput
            label={t('development.questionText')}
            value={q.text}
            onChange={(text) => change(q.key, { text })}
            testId="question-text"
          />
          {q.kind === 'number' && (
            <label className="field">
              <span>{t('development.questionUnit')}</span>
              <input value={q.unit} onChange={(e) => change(q.key, { unit: e.target.value })} dir="auto" data-testid="question-unit" />
            </label>
          )}
          {q.kind === 'scale' && (
            <div className="fields">
              <DecimalInput
                label={t('development.scaleFrom')}
                integer
                defaultValue={q.min}
                onValue={(v) => change(q.key, { min: v ?? '' })}
                testId="scale-min"
              />
              <DecimalInput
                label={t('development.scaleTo')}
                integer
                defaultValue={q.max}
                onValue={(v) => change(q.key, { max: v ?? '' })}
                testId="scale-max"
              />
            </div>
          )}
          {q.kind === 'choice' && (
            <div className="stack">
              {q.options.map((o, i) => (
                <LocalTextInput
                  key={i}
                  label={t('development.optionNumber', { n: f.number(i + 1) })}
                  value={o}
                  onChange={(v) => change(q.key, { options: q.options.map((x, j) => (j === i ? v : x)) })}
                  testId={`option-${i}`}
                />
              ))}
              <button
                type="button"
                className="secondary"
                onClick={() => change(q.key, { options: [...q.options, {}] })}
                data-testid="add-option"
              >
                {t('development.addOption')}
              </button>
            </div>
          )}
          {questions.length > 1 && (
            <button
              type="button"
              className="secondary"
              onClick={() => setQuestions((qs) => qs.filter((x) => x.key !== q.key))}
              data-testid="remove-question"
            >
              {t('development.removeQuestion')}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" className="secondary" onClick={() => setQuestions((qs) => [...qs, aQuestion()])} data-testid="add-question">
        {t('development.addQuestion')}
      </button>
      <ErrorText error={error} />
      <button type="submit" disabled={busy} aria-busy={busy} data-testid="survey-save">
        {t('development.saveSurvey')}
      </button>
    </form>
  );
}
