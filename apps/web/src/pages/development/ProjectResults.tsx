import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, client, type Schemas } from '../../api';
import { Bidi } from '../../components/Bidi';
import { useFormat } from '../../locale/format';
import { pick } from './local-text';

type Results = Schemas['ProjectResultsView'];

/** On a project's page: the cluster indicators it declared it should move, and where each stands. Nothing when it declared none. */
export function ProjectResults({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const [results, setResults] = useState<Results | null>(null);
  // A page that reads fine without them: a failure here leaves the rest of the project as it is.
  useEffect(() => {
    answer(client.GET('/api/v1/projects/{id}/results', { params: { path: { id: projectId } } })).then(setResults, () => setResults(null));
  }, [projectId]);
  if (!results || results.indicators.length === 0) return null;
  return (
    <div data-testid="project-indicators">
      <h3>
        {t('development.projectIndicators')}
        {results.stage && <span className="status"> {t(`development.stage.${results.stage}`)}</span>}
      </h3>
      <ul className="list">
        {results.indicators.map((i) => (
          <li key={i.id}>
            <Bidi>{pick(i.name, i18n.language)}</Bidi>{' '}
            <span className="muted">
              <bdi>{i.current === null ? '—' : `${f.number(i.current)} ${i.unit}`}</bdi>
              {i.progress !== null && <> · {t('dashboard.percent', { value: f.number(i.progress) })}</>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
