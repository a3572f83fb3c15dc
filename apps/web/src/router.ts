import { useEffect, useState } from 'react';

/** Hash routes (#/c/<cluster>/chat/<channel>), so the api's SPA fallback is not even needed. */
export function useRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [parts, setParts] = useState(read);
  useEffect(() => {
    const on = () => setParts(read());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return parts;
}

export const go = (...parts: string[]) => {
  window.location.hash = `#/${parts.join('/')}`;
};
