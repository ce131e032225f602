import type { ParleyClientApi, ParleyState } from '@parley/client-sdk';
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';

export const ParleyContext = createContext<ParleyClientApi | null>(null);

export function useParleyClient(): ParleyClientApi {
  const client = useContext(ParleyContext);
  if (!client) {
    throw new Error('useParleyClient needs a <ParleyContext.Provider>');
  }
  return client;
}

/** The SDK's state (server data lives there, not in components). */
export function useParleyState(): ParleyState {
  const client = useParleyClient();
  const subscribe = useCallback((listener: () => void) => client.subscribe(listener), [client]);
  const getState = useCallback(() => client.getState(), [client]);
  return useSyncExternalStore(subscribe, getState);
}
