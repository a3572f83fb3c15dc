import { ReactNode, useRef } from 'react';
import { StatusFilter } from '../../components/StatusFilter';
import { NARROW, useMediaQuery } from '../../components/useMediaQuery';
import { useFormat } from '../../locale/format';

interface Props<S extends string, T> {
  label: string;
  statuses: readonly S[];
  items: T[];
  statusOf(item: T): S;
  name(status: S): string;
  render(item: T): ReactNode;
  keyOf(item: T): string;
  /** Which column a phone shows first. */
  initial: S;
  picked: S | null;
  onPick(status: S): void;
  empty: string;
  testId: string;
}

/** Columns side by side on a wide screen, all of them in view; on a phone, one column at a time behind a status filter. */
export function Board<S extends string, T>({
  label,
  statuses,
  items,
  statusOf,
  name,
  render,
  keyOf,
  initial,
  picked,
  onPick,
  empty,
  testId,
}: Props<S, T>) {
  const f = useFormat();
  const narrow = useMediaQuery(NARROW);
  // The first column shown stays put while items move (a task just started must not switch the view).
  const first = useRef<S | null>(null);
  if (first.current === null && items.length > 0) first.current = initial;
  const counts = Object.fromEntries(statuses.map((s) => [s, items.filter((i) => statusOf(i) === s).length]));
  const list = (s: S) => {
    const inStatus = items.filter((i) => statusOf(i) === s);
    return inStatus.length === 0 ? (
      <p className="muted state">{empty}</p>
    ) : (
      <ul className="cards">
        {inStatus.map((i) => (
          <li key={keyOf(i)}>{render(i)}</li>
        ))}
      </ul>
    );
  };
  if (narrow) {
    const status = picked ?? first.current ?? initial;
    return (
      <div className="stack" data-testid={testId}>
        <StatusFilter<S>
          label={label}
          statuses={statuses}
          counts={counts}
          value={status}
          onChange={onPick}
          name={name}
          count={(n) => f.number(n)}
          testId={`${testId}-filter`}
        />
        {list(status)}
      </div>
    );
  }
  return (
    <div className="columns" style={{ '--columns': statuses.length } as React.CSSProperties} data-testid={testId}>
      {statuses.map((s) => (
        <section key={s} aria-label={name(s)}>
          <h3>
            {name(s)} <span className="muted">{f.number(counts[s])}</span>
          </h3>
          {list(s)}
        </section>
      ))}
    </div>
  );
}
