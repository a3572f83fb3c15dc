import { StrictMode } from 'react';
import { api } from './api';
import { createRoot } from 'react-dom/client';
import { localeReady } from './i18n';
import './styles.css';
import { App } from './App';
import { registerServiceWorker } from './pwa';

// What the first screen will ask for, asked now, in parallel with the language data (a slow line pays
// one round trip for all of it instead of one per step).
api.prefetch('/me');
api.prefetch('/clusters');
const [, section, clusterId, page, id] = window.location.hash.split('/');
if (section === 'c' && clusterId) {
  api.prefetch(`/clusters/${clusterId}/members`);
  api.prefetch(`/clusters/${clusterId}/permissions`);
  if ((page ?? 'chat') === 'chat') api.prefetch(`/clusters/${clusterId}/channels`);
  if (page === 'chat' && id) api.prefetch(`/channels/${id}/messages?limit=50`);
}

// The reader's number data arrives with the first screen's code; nothing is drawn with the wrong signs.
void localeReady.finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
registerServiceWorker();
