import '../styles/screens.css';

interface Props<S extends string> {
  label: string;
  statuses: readonly S[];
  counts: Record<string, number>;
  value: S;
  onChange(status: S): void;
  name(status: S): string;
  /** Counts in the reader's digits. */
  count(n: number): string;
  testId?: string;
}

/** On a phone a board's columns become this row of choices: one status at a time, with how many are in each (empty ones left out). */
export function StatusFilter<S extends string>({ label, statuses, counts, value, onChange, name, count, testId }: Props<S>) {
  return (
    <div className="status-filter" role="group" aria-label={label} data-testid={testId}>
      {statuses
        .filter((s) => s === value || (counts[s] ?? 0) > 0)
        .map((s) => (
          <button
            key={s}
            type="button"
            className="chip"
            aria-pressed={s === value}
            onClick={() => onChange(s)}
            data-testid={testId ? `${testId}-${s}` : undefined}
          >
            {name(s)} <span className="count">{count(counts[s] ?? 0)}</span>
          </button>
        ))}
    </div>
  );
}
