/** The service worker (public/sw.js, a file of its own: the api's CSP forbids inline scripts) caches the shell. */
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}
