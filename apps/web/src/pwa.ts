/** The service worker (public/sw.js, a file of its own: the api's CSP forbids inline scripts) keeps the shell. */
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  window.addEventListener('load', () => {
    void navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        // Chunks fetched before the worker was in control (this language's words, numbers, calendar).
        const assets = performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((u) => new URL(u).pathname.startsWith('/assets/'));
        registration.active?.postMessage({ assets });
      })
      .catch(() => undefined);
  });
}
