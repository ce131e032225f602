import { useEffect, useRef } from 'react';

/**
 * Calls `onShown` while the page is visible and focused: now, whenever `version` changes (new messages), and
 * when the window comes back into view or focus. Messages that arrive while the tab is hidden stay unread.
 */
export function useShownToCustomer(onShown: () => void, version: number): void {
  const latest = useRef(onShown);
  latest.current = onShown;
  useEffect(() => {
    const shown = () => document.visibilityState === 'visible' && document.hasFocus();
    const check = () => shown() && latest.current();
    check();
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [version]);
}
