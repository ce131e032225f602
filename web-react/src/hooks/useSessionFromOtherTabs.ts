import type { ParleyClientApi } from '@parley/client-sdk';
import { useEffect } from 'react';
import { StorageKeys } from '../storage.ts';

/** A tab opened before the chat started picks up the guest session another tab created. */
export function useSessionFromOtherTabs(client: ParleyClientApi, signedIn: boolean): void {
  useEffect(() => {
    if (signedIn) {
      return;
    }
    const onStorage = (event: StorageEvent) => {
      if (event.key === StorageKeys.tokens && event.newValue !== null) {
        void client.init();
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [client, signedIn]);
}
