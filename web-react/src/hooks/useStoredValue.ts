import { useCallback, useSyncExternalStore } from 'react';
import { safeStorage } from '../storage.ts';

const local = safeStorage(() => localStorage);
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed localStorage.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** A string in localStorage, shared live with other tabs (the `storage` event) and other hooks of this tab. */
export function useStoredValue(key: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(subscribe, () => local.getItem(key));
  const set = useCallback(
    (next: string | null) => {
      if (next === null) {
        local.removeItem(key);
      } else {
        local.setItem(key, next);
      }
      for (const listener of [...listeners]) {
        listener();
      }
    },
    [key],
  );
  return [value, set];
}
