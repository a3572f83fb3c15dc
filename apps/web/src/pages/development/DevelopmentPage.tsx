import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../../api';
import { Bidi } from '../../components/Bidi';
import { ScreenState } from '../../components/ScreenState';
import { useFormat } from '../../locale/format';
import { usePermissions } from '../../permissions';
import { useSession } from '../../session';
import { FundersExport } from './FundersExport';
import { IndicatorPage } from './IndicatorPage';
import { pick } from './local-text';
import { NewIndicator } from './NewIndicator';
import { PublicPageSettings } from './PublicPageSettings';
import { SurveyAnswerPage } from './SurveyAnswerPage';
import { SurveyEditor } from './SurveyEditor';
import { SurveyResults } from './SurveyResults';
import '../../styles/screens.css';

type SurveyItem = Schemas['SurveyListItemView'];
type Indicator = Schemas['IndicatorView'];

/**
 * The development cycle: for members, the diagnostic to answer and the cluster's indicators against
 * their targets; for the agent, writing and sending surveys, their results, baselines, targets and
 * readings (`#/c/<cluster>/development/<where>/<id>`).
 */
export function DevelopmentPage({ path = [] }: { path?: string[] }) {
  const { cluster } = useSession();
  const clusterId = cluster!.id;
  const [where, id] = path;
  if (where === 'new-survey') return <SurveyEditor clusterId={clusterId} />;
  if (where === 'results' && id) return <SurveyResults clusterId={clusterId} surveyId={id} />;
  if (where === 'indicators' && id) return <IndicatorPage clusterId={clusterId} indicatorId={id} />;
  if (where === 'public') return <PublicPageSettings clusterId={clusterId} />;
  if (where) return <SurveyAnswerPage surveyId={where} clusterId={clusterId} />;
  return <Overview clusterId={clusterId} />;
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
    Promise.all([
      answer(client.GET('/api/v1/clusters/{clusterId}/surveys', { params: { path: { clusterId } } })),
      answer(client.GET('/api/v1/clusters/{clusterId}/indicators', { params: { path: { clusterId } } })),
    ])
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
  const manages = permissions.can('survey.manage');
  return (
    <div className="screen" data-testid="development">
      <h2>{t('development.heading')}</h2>
      <nav className="chips" aria-label={t('development.more')}>
        <a className="button secondary" href={`#/c/${clusterId}/partners`} data-testid="partners-link">
          {t('partners.heading')}
        </a>
        <a className="button secondary" href={`#/c/${clusterId}/development/public`} data-testid="public-page-link">
          {t('publicPage.heading')}
        </a>
      </nav>
      {manages && (
        <section className="card stack" data-testid="agent-surveys">
          <div className="screen-head">
            <h3>{t('development.diagnostic')}</h3>
            <a className="button" href={`#/c/${clusterId}/development/new-survey`} data-testid="new-survey">
              {t('development.newSurvey')}
            </a>
          </div>
          <ScreenState empty={surveys.length === 0} emptyText={t('development.noSurveys')}>
            <ul className="plain">
              {surveys.map((s) => (
                <li key={s.id} className="item-row">
                  <a href={`#/c/${clusterId}/development/results/${s.id}`} data-testid="survey-results-link">
                    <Bidi>{pick(s.title, i18n.language)}</Bidi>
                  </a>
                  <span className="status">{t(`development.surveyStatus.${s.status}`)}</span>
                </li>
              ))}
            </ul>
          </ScreenState>
        </section>
      )}
      {open.length > 0 && (answering || !manages) && (
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
                <a href={`#/c/${clusterId}/development/indicators/${i.id}`} className="item-title" data-testid="indicator-link">
                  <Bidi>{pick(i.name, i18n.language)}</Bidi>
                </a>
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
                  <div
                    className="progress"
                    role="progressbar"
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={progress}
                    aria-label={t('development.progress')}
                  >
                    <div style={{ inlineSize: `${progress}%`, blockSize: '0.5rem', background: '#2f6f5e' }} />
                    <span data-testid="indicator-progress">{t('dashboard.percent', { value: f.number(i.progress!) })}</span>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </ScreenState>
      {indicators.length > 0 && <FundersExport clusterId={clusterId} />}
      {permissions.can('indicator.manage') && (
        <details className="card" data-testid="new-indicator">
          <summary>{t('development.addIndicator')}</summary>
          <NewIndicator clusterId={clusterId} />
        </details>
      )}
    </div>
  );
}
