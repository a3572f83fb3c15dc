import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Bidi } from '../../components/Bidi';
import { ScreenState } from '../../components/ScreenState';
import { useFormat } from '../../locale/format';
import { usePermissions } from '../../permissions';
import { useSession } from '../../session';
import { SurveyAnswerPage } from './SurveyAnswerPage';
import { LocalText, pick } from './local-text';
import '../../styles/screens.css';

interface SurveyItem {
  id: string;
  title: LocalText;
  status: 'draft' | 'open' | 'closed';
  answeredByMyOrganization: boolean;
}

interface Indicator {
  id: string;
  name: LocalText;
  unit: string;
  baseline: string | null;
  current: string | null;
  nextTarget: { dueDate: string; value: string } | null;
  progress: string | null;
}

/** The development cycle for members: the diagnostic to answer, and the cluster's indicators against their targets. */
export function DevelopmentPage({ surveyId }: { surveyId?: string }) {
  const { cluster } = useSession();
  if (surveyId) return <SurveyAnswerPage surveyId={surveyId} clusterId={cluster!.id} />;
  return <Overview clusterId={cluster!.id} />;
}

function Overview({ clusterId }: { clusterId: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const permissions = usePermissions(clusterId);
  const [surveys, setSurveys] = useState<SurveyItem[] | null>(null);
  const [indicators, setIndicators] = useState<Indicator[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    setError(null);
    Promise.all([api.get<{ items: SurveyItem[] }>(`/clusters/${clusterId}/surveys`), api.get<{ items: Indicator[] }>(`/clusters/${clusterId}/indicators`)])
      .then(([s, i]) => {
        setSurveys(s.items);
        setIndicators(i.items);
      })
      .catch(setError);
  }, [clusterId]);
  useEffect(load, [load]);

  if (!surveys || !indicators) return <ScreenState loading={!error} error={error} onRetry={load} />;
  const open = surveys.filter((s) => s.status === 'open');
  const answering = permissions.can('survey.answer') && !!permissions.organizationId;
  return (
    <div className="screen" data-testid="development">
      <h2>{t('development.heading')}</h2>
      {open.length > 0 && (
        <section className="card" data-testid="surveys">
          <h3>{t('development.surveys')}</h3>
          <ul className="plain">
            {open.map((s) => (
              <li key={s.id}>
                <Bidi>{pick(s.title, i18n.language)}</Bidi>{' '}
                {answering && (
                  <a href={`#/c/${clusterId}/development/${s.id}`} data-testid="survey-answer-link">
                    {s.answeredByMyOrganization ? t('development.changeAnswers') : t('development.answer')}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3>{t('development.indicators')}</h3>
      <ScreenState empty={indicators.length === 0} emptyText={t('development.noIndicators')}>
        <ul className="plain cards" data-testid="indicators">
          {indicators.map((i) => {
            const progress = i.progress === null ? null : Math.max(0, Math.min(100, Number(i.progress)));
            return (
              <li key={i.id} className="card" data-testid="indicator">
                <strong>
                  <Bidi>{pick(i.name, i18n.language)}</Bidi>
                </strong>
                <p>
                  <bdi data-testid="indicator-current">{i.current === null ? '—' : `${f.number(i.current)} ${i.unit}`}</bdi>
                </p>
                <p className="muted">
                  {t('development.baseline')}: <bdi>{i.baseline === null ? '—' : f.number(i.baseline)}</bdi>
                  {i.nextTarget && (
                    <>
                      {' · '}
                      {t('development.target', { date: f.date(i.nextTarget.dueDate) })}: <bdi>{f.number(i.nextTarget.value)}</bdi>
                    </>
                  )}
                </p>
                {progress !== null && (
                  <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress} aria-label={t('development.progress')}>
                    <div style={{ inlineSize: `${progress}%`, blockSize: '0.5rem', background: '#2f6f5e' }} />
                    <span data-testid="indicator-progress">{t('dashboard.percent', { value: f.number(i.progress!) })}</span>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </ScreenState>
    </div>
  );
}
