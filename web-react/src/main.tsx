import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.tsx';
import { readConfig } from './config.ts';
import { createWidgetClient } from './createClient.ts';
import { ParleyContext } from './hooks/useParley.ts';
import './styles.css';

const config = readConfig(location.search, location.href);
const client = createWidgetClient();
const ready = client
  .init()
  .catch((error: unknown) => console.warn('[parley] could not restore the session', error));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ParleyContext.Provider value={client}>
      <App config={config} ready={ready} />
    </ParleyContext.Provider>
  </StrictMode>,
);
