import { ParleyClient, WebStorageTokenStore, type ParleyState } from '@parley/client-sdk';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';

/** The one SDK client of the page: REST, the STOMP connection, and the live conversation state. */
const ParleyContext = createContext<ParleyClient | null>(null);

export function ParleyProvider({ client, children }: { client: ParleyClient; children: ReactNode }) {
  return <ParleyContext.Provider value={client}>{children}</ParleyContext.Provider>;
}

export function useParley(): ParleyClient {
  const client = useContext(ParleyContext);
  if (!client) {
    throw new Error('useParley outside ParleyProvider');
  }
  return client;
}

/** Re-renders when the selected part of the SDK state changes (select must return stable references). */
export function useParleyState<T>(select: (state: ParleyState) => T): T {
  const client = useParley();
  return useSyncExternalStore(client.subscribe, () => select(client.getState()));
}

/** The browser client: same-origin API (`/api/v1`, `/ws`), tokens kept for the tab's life only. */
export function browserClient(): ParleyClient {
  return new ParleyClient({
    baseUrl: '',
    tokenStore: new WebStorageTokenStore(sessionStorage, 'parley.dashboard.tokens'),
    onError: (error) => console.warn('parley:', error),
  });
}
