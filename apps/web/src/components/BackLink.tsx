import '../styles/screens.css';

/** "Back to the list": the arrow points the way the reader's text runs back (mirrored in Persian). */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <a className="back" href={href} data-testid="back">
      <span className="flip-rtl" aria-hidden="true">
        ←
      </span>
      {label}
    </a>
  );
}
