import {
  ParleyClient,
  RoutingApi,
  StaffApi,
  WebStorageTokenStore,
  type ParleyState,
} from '@parley/client-sdk';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';

/** The one SDK client of the page: REST, the STOMP connection, and the live conversation state. */
const ParleyContext = createContext<ParleyClient | null>(null);

/** The staff routing calls (queue, rules, transfers, customers), on the client's tokens. */
const RoutingContext = createContext<RoutingApi | null>(null);

/** The staff reads (message search, agents' presence, conversation pages), on the client's tokens. */
const StaffContext = createContext<StaffApi | null>(null);

interface ProviderProps {
  client: ParleyClient;
  routing: RoutingApi;
  staff: StaffApi;
  children: ReactNode;
}

export function ParleyProvider({ client, routing, staff, children }: ProviderProps) {
  return (
    <ParleyContext.Provider value={client}>
      <RoutingContext.Provider value={routing}>
        <StaffContext.Provider value={staff}>{children}</StaffContext.Provider>
      </RoutingContext.Provider>
    </ParleyContext.Provider>
  );
}

export function useStaff(): StaffApi {
  const staff = useContext(StaffContext);
  if (!staff) {
    throw new Error('useStaff outside ParleyProvider');
  }
  return staff;
}

export function useRouting(): RoutingApi {
  const routing = useContext(RoutingContext);
  if (!routing) {
    throw new Error('useRouting outside ParleyProvider');
  }
  return routing;
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

/** The routing calls of the browser client: same origin, the client's tokens. */
export function browserRouting(client: ParleyClient): RoutingApi {
  return new RoutingApi({ baseUrl: '', auth: client.api });
}

/** The staff reads of the browser client: same origin, the client's tokens. */
export function browserStaff(client: ParleyClient): StaffApi {
  return new StaffApi({ baseUrl: '', auth: client.api });
}
