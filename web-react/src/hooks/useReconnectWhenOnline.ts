import type { ParleyClientApi } from '@parley/client-sdk';
import { useEffect } from 'react';

/** When the device comes back online, skip the rest of the backoff and reconnect now. */
export function useReconnectWhenOnline(client: ParleyClientApi): void {
  useEffect(() => {
    const online = () => client.reconnectNow();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [client]);
}
