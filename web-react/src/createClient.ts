import { ParleyClient, WebStorageOutboxStorage, WebStorageTokenStore } from '@parley/client-sdk';
import { StorageKeys, safeStorage } from './storage.ts';

/**
 * The widget's one ParleyClient: REST at `${origin}/api/v1` and STOMP at ws(s)://host/ws (the gateway serves
 * the widget, so both are same-origin; Vite's dev server proxies them). Tokens live in localStorage, unacked
 * messages in sessionStorage.
 */
export function createWidgetClient(): ParleyClient {
  return new ParleyClient({
    baseUrl: '',
    tokenStore: new WebStorageTokenStore(
      safeStorage(() => localStorage),
      StorageKeys.tokens,
    ),
    outboxStorage: new WebStorageOutboxStorage(
      safeStorage(() => sessionStorage),
      StorageKeys.outbox,
    ),
    onError: (error) => console.warn('[parley]', error),
  });
}
