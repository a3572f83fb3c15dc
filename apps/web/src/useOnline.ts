import { useEffect, useState } from 'react';
import type { Socket } from 'socket.io-client';

/**
 * Whether the app can reach the server right now: the browser says it is online and the socket is up.
 * Optimistic at start, so the banner does not flash while the first connection is made.
 */
export function useOnline(socket: () => Socket): boolean {
  const [browserOnline, setBrowserOnline] = useState(() => navigator.onLine);
  const [socketUp, setSocketUp] = useState(true);
  useEffect(() => {
    const s = socket();
    const up = () => setSocketUp(true);
    const down = () => setSocketUp(false);
    const on = () => setBrowserOnline(true);
    const off = () => setBrowserOnline(false);
    s.on('connect', up);
    s.on('disconnect', down);
    s.on('connect_error', down);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    if (s.connected) up();
    return () => {
      s.off('connect', up);
      s.off('disconnect', down);
      s.off('connect_error', down);
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, [socket]);
  return browserOnline && socketUp;
}
