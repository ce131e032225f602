import type { KeyValueStorage } from '@parley/client-sdk';

/** Keys the widget keeps in Web Storage. */
export const StorageKeys = {
  /** localStorage: the guest's tokens (shared by every tab: same identity after a reload or in a second tab). */
  tokens: 'parley.widget.tokens',
  /** localStorage: the conversation on screen (a second tab follows it). */
  conversation: 'parley.widget.conversation',
  /** localStorage: the host site's customer id the stored session was verified for (never the signature). */
  identity: 'parley.widget.identity',
  /** sessionStorage: unacked messages of this tab (survive its reload; two tabs never resend each other's). */
  outbox: 'parley.widget.outbox',
} as const;

/**
 * Web Storage, or memory where the browser refuses it (a third-party iframe with storage blocked throws on
 * access): the widget then still works, only it forgets on reload.
 */
export function safeStorage(get: () => Storage): KeyValueStorage {
  try {
    const storage = get();
    const probe = '__parley_probe__';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryStorage();
  }
}

export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}
