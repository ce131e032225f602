import { useCallback, useEffect } from 'react';
import { isWidgetMessage, widgetMessage } from '../embed/protocol.ts';

const FIRST_FIELD = 'main textarea, main input, main button';

/**
 * In the loader's iframe: `close()` asks the loader to hide the panel (also on Escape), and when the loader
 * says the panel opened, focus moves to the first field of the app. Outside an iframe it does nothing.
 */
export function useEmbedBridge(embedded: boolean): { close: (() => void) | undefined } {
  const inFrame = embedded && window.parent !== window;
  const close = useCallback(() => {
    // The host page's origin is unknown here; the message carries nothing but "close".
    window.parent.postMessage(widgetMessage('close'), '*');
  }, []);

  useEffect(() => {
    if (!inFrame) {
      return;
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        close();
      }
    };
    let retry: ReturnType<typeof setInterval> | undefined;
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isWidgetMessage(event.data) && event.data.type === 'opened') {
        clearInterval(retry);
        // Right after the iframe loads the app may still be restoring the session: try for a few seconds.
        let tries = 0;
        const focusFirst = () => {
          const target = document.querySelector<HTMLElement>(FIRST_FIELD);
          if (target || ++tries > 30) {
            target?.focus();
            clearInterval(retry);
          }
        };
        retry = setInterval(focusFirst, 100);
        focusFirst();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('message', onMessage);
    window.parent.postMessage(widgetMessage('ready'), '*');
    return () => {
      clearInterval(retry);
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('message', onMessage);
    };
  }, [inFrame, close]);

  return { close: inFrame ? close : undefined };
}
