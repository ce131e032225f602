import { isApiError } from '@parley/client-sdk';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { unlockAudioOnFirstGesture } from './alerts/beep.ts';
import { App } from './App.tsx';
import { browserClient, browserRouting, browserStaff, ParleyProvider } from './parley.tsx';
import './styles.css';

const client = browserClient();
const routing = browserRouting(client);
const staff = browserStaff(client);

const queryClient = new QueryClient({
  queryCache: new QueryCache({
    // The SDK already refreshed once; a 401 now means the session is gone.
    onError: (error) => {
      if (isApiError(error) && error.status === 401) {
        queryClient.clear();
        void client.logout();
      }
    },
  }),
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } },
});

unlockAudioOnFirstGesture();

// Restore the tab's session (tokens in sessionStorage) before the first render, once.
await client.init().catch((e: unknown) => console.warn('parley: could not restore the session', e));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ParleyProvider client={client} routing={routing} staff={staff}>
      <QueryClientProvider client={queryClient}>
        {/* Served by the gateway under /dashboard/ with an index.html fallback for /dashboard/**. */}
        <BrowserRouter basename="/dashboard">
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </ParleyProvider>
  </StrictMode>,
);
