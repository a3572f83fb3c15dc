import { stringify } from 'csv-stringify/sync';
import type { Locale } from '@hamkar/common/pure';
import type { IndicatorView } from './indicators.service';
import type { LocalText } from './local-text';

const pick = (t: LocalText, lang: Locale) => t[lang] ?? t.en ?? t.fa ?? t.az ?? '';
const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** One row per indicator and point in time: what funders paste into their own sheets. */
export function indicatorsCsv(indicators: IndicatorView[], lang: Locale): string {
  const rows = indicators.flatMap((i) => {
    const base = {
      indicator: pick(i.name, lang),
      unit: i.unit,
      baseline: i.baseline ?? '',
      baseline_date: i.baselineDate ?? '',
      target: i.nextTarget?.value ?? '',
      target_date: i.nextTarget?.dueDate ?? '',
      progress_percent: i.progress ?? '',
    };
    return i.series.length
      ? i.series.map((p) => ({ ...base, date: p.date, value: p.value }))
      : [{ ...base, date: i.baselineDate ?? '', value: i.baseline ?? '' }];
  });
  // The byte-order mark makes spreadsheet programs read Persian and Azerbaijani as UTF-8.
  return (
    '\ufeff' +
    stringify(rows, {
      header: true,
      columns: ['indicator', 'unit', 'date', 'value', 'baseline', 'baseline_date', 'target', 'target_date', 'progress_percent'],
    })
  );
}

/** A self-contained page a funder prints: each indicator's baseline, targets, latest value and progress. */
export function indicatorsReport(clusterName: string, indicators: IndicatorView[], lang: Locale): string {
  const dir = lang === 'fa' ? 'rtl' : 'ltr';
  const rows = indicators
    .map(
      (i) =>
        `<tr><td>${escape(pick(i.name, lang))}</td><td>${escape(i.unit)}</td><td>${escape(i.baseline ?? '—')}</td><td>${escape(i.targets.map((t) => `${t.value} (${t.dueDate})`).join(', ') || '—')}</td><td>${escape(i.current ?? '—')}</td><td>${i.progress === null ? '—' : `${escape(i.progress)} %`}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${escape(clusterName)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.4rem;text-align:start}@media print{body{margin:0}}</style></head>
<body><h1>${escape(clusterName)}</h1><p>${new Date().toISOString().slice(0, 10)}</p>
<table><thead><tr><th>Indicator</th><th>Unit</th><th>Baseline</th><th>Targets</th><th>Latest</th><th>Progress</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>`;
}
