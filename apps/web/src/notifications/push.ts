import { answer, client, type Schemas } from '../api';

export type PushPreferences = Schemas['PushPreferencesView'];

// `satisfies` keeps the list to kinds the api pushes.
export const PUSHABLE_KINDS = [
  'mention',
  'direct-message',
  'procurement.join-deadline-tomorrow',
  'procurement.quote-deadline-tomorrow',
] as const satisfies PushPreferences['kinds'];

/** Whether this browser can be woken at all (a service worker and the Push API, outside private modes that lack them). */
export const pushSupported = () => 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

const toKey = (base64url: string) => {
  const raw = atob(base64url.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (base64url.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
};

export async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** Asks the person's permission, subscribes this device with the server's VAPID key and tells the server. */
export async function enablePush(): Promise<boolean> {
  if ((await Notification.requestPermission()) !== 'granted') return false;
  const { publicKey } = await answer(client.GET('/api/v1/push/public-key'));
  const registration = await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: toKey(publicKey) }));
  await answer(client.POST('/api/v1/push/subscriptions', { body: subscription.toJSON() as Schemas['PushSubscriptionDto'] }));
  return true;
}

export async function disablePush(): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) return;
  await answer(client.DELETE('/api/v1/push/subscriptions', { body: { endpoint: subscription.endpoint } }));
  await subscription.unsubscribe();
}
