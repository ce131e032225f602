import { useEffect, useState } from 'react';
import { readIdentity, type CustomerIdentity } from '../embed/protocol.ts';

/** How long the app waits for the loader's identity before going on as a guest. */
export const IDENTITY_WAIT_MS = 3000;

/**
 * The verified identity the loader posts after the app's 'ready' (only when `expected`, i.e. `?identity=1`).
 * `undefined` while waiting, then the identity, or null (none, malformed, or none within IDENTITY_WAIT_MS).
 * Only the parent window (the loader) is listened to.
 */
export function useHostIdentity(expected: boolean): CustomerIdentity | null | undefined {
  const [identity, setIdentity] = useState<CustomerIdentity | null | undefined>(expected ? undefined : null);
  useEffect(() => {
    if (!expected || window.parent === window) {
      setIdentity(null);
      return;
    }
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) {
        return;
      }
      const found = readIdentity(event.data);
      if (found) {
        setIdentity((current) => current ?? found);
      }
    };
    const timer = setTimeout(() => setIdentity((current) => current ?? null), IDENTITY_WAIT_MS);
    window.addEventListener('message', onMessage);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
    };
  }, [expected]);
  return identity;
}
