import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { ErrorText } from '../../components/ErrorText';

/**
 * The funders' export: the indicators as CSV and as a printable report, in the reader's language.
 * Both need the bearer token, which a plain link cannot carry, so they are fetched and handed to the
 * browser as a download.
 */
export function FundersExport({ clusterId }: { clusterId: string }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const download = async (path: string, filename: string) => {
    setError(null);
    try {
      const res = await fetch(`/api/v1/clusters/${clusterId}/${path}?lang=${i18n.language}`, {
        headers: api.accessToken ? { authorization: `Bearer ${api.accessToken}` } : {},
      });
      if (!res.ok) throw new ApiError(await res.json().catch(() => ({ status: res.status, title: res.statusText })));
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      a.click();
      URL.revokeObjectURL(url);
    } catch (err) {
      setError(err instanceof TypeError ? { status: 0, title: 'Network error', code: 'network' } : err);
    }
  };
  return (
    <div className="stack">
      <div className="chips">
        <button
          type="button"
          className="secondary"
          onClick={() => void download('indicators.csv', 'hamkar-indicators.csv')}
          data-testid="export-csv"
        >
          {t('development.exportCsv')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => void download('indicators/report', 'hamkar-indicators-report.html')}
          data-testid="export-report"
        >
          {t('development.exportReport')}
        </button>
      </div>
      <ErrorText error={error} />
    </div>
  );
}
