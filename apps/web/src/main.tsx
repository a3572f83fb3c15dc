import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localeReady } from './i18n';
import './styles.css';
import { App } from './App';
import { registerServiceWorker } from './pwa';

// The reader's number data arrives with the first screen's code; nothing is drawn with the wrong signs.
void localeReady.finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
registerServiceWorker();
