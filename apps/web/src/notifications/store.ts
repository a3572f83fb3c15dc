import { useEffect, useSyncExternalStore } from 'react';
import { answer, client, type Schemas } from '../api';
import { getSocket } from '../socket';

export type AppNotification = Schemas['NotificationView'];

interface State {
  items: AppNotification[] | null;
  unreadCount: number;
  error: unknown;
}

/**
 * One inbox for the whole tab, shared by the bell and the list: the server's count is the truth,
 * asked again on every reconnect, so a notification read on another device stops counting here too.
 */
let state: State = { items: null, unreadCount: 0, error: null };
const listeners = new Set<() => void>();
const set = (next: Partial<State>) => {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
};

export const inbox = {
  subscribe(l: () => void) {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  get: () => state,
  async refresh() {
    try {
      const page = await answer(client.GET('/api/v1/notifications', { params: { query: { limit: 50 } } }));
      set({ items: page.items, unreadCount: page.unreadCount, error: null });
    } catch (error) {
      set({ error });
    }
  },
  async markRead(id: string) {
    const n = state.items?.find((x) => x.id === id);
    if (!n || n.readAt) return;
    set({
      items: state.items!.map((x) => (x.id === id ? { ...x, readAt: new Date().toISOString() } : x)),
      unreadCount: Math.max(0, state.unreadCount - 1),
    });
    await answer(client.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })).catch(() => inbox.refresh());
  },
  async markAllRead() {
    const now = new Date().toISOString();
    set({ items: state.items?.map((x) => ({ ...x, readAt: x.readAt ?? now })) ?? null, unreadCount: 0 });
    await answer(client.POST('/api/v1/notifications/read-all')).catch(() => inbox.refresh());
  },
  forget() {
    state = { items: null, unreadCount: 0, error: null };
  },
};

const arrived = (n: AppNotification) => {
  if (state.items?.some((x) => x.id === n.id)) return;
  set({ items: [n, ...(state.items ?? [])], unreadCount: state.unreadCount + (n.readAt ? 0 : 1) });
};
const reconnected = () => void inbox.refresh();

/** Keeps the inbox live while the app is signed in (mounted once, in the shell). */
export function useInboxLive(userId: string) {
  useEffect(() => {
    const socket = getSocket();
    void inbox.refresh();
    socket.on('notification:new', arrived);
    socket.on('connect', reconnected);
    return () => {
      socket.off('notification:new', arrived);
      socket.off('connect', reconnected);
      inbox.forget();
    };
  }, [userId]);
}

export const useInbox = () => useSyncExternalStore(inbox.subscribe, inbox.get);

/**
 * Where a notification takes the user in this app. The server's links are api paths
 * (`/channels/<id>?seq=<n>`, `/procurements/<id>`, `/projects/<id>`); a message opens at its seq.
 */
export function hrefOf(n: AppNotification): string | null {
  if (!n.link || !n.clusterId) return null;
  const base = `#/c/${n.clusterId}`;
  const message = /^\/channels\/([0-9a-f-]{36})(?:\?seq=(\d+))?/i.exec(n.link);
  if (message) return `${base}/chat/${message[1]}${message[2] ? `/${message[2]}` : ''}`;
  const thing = /^\/(procurements|projects)\/([0-9a-f-]{36})/i.exec(n.link);
  if (thing) return `${base}/${thing[1]}/${thing[2]}`;
  // A survey sent opens its answer form; a meeting asked, accepted or due opens the list where it is answered.
  const survey = /^\/surveys\/([0-9a-f-]{36})/i.exec(n.link);
  if (survey) return `${base}/development/${survey[1]}`;
  if (/^\/meetings\/[0-9a-f-]{36}/i.test(n.link)) return `${base}/partners/meetings`;
  return null;
}
