import { useEffect, useState } from 'react';

function focusedNow(): boolean {
  return document.visibilityState !== 'hidden' && document.hasFocus();
}

/** True while the tab is visible and focused: only then does looking at a conversation count as reading it. */
export function useWindowFocus(): boolean {
  const [focused, setFocused] = useState(focusedNow);
  useEffect(() => {
    const update = () => setFocused(focusedNow());
    window.addEventListener('focus', update);
    window.addEventListener('blur', update);
    document.addEventListener('visibilitychange', update);
    return () => {
      window.removeEventListener('focus', update);
      window.removeEventListener('blur', update);
      document.removeEventListener('visibilitychange', update);
    };
  }, []);
  return focused;
}
