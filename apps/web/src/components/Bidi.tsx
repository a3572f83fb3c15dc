import type { ReactNode } from 'react';

/** Text a user wrote (names, titles, file names), isolated so Persian, Latin and digits keep their own order. */
export function Bidi({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <bdi dir="auto" className={className}>
      {children}
    </bdi>
  );
}
