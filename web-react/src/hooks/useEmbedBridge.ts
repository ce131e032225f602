import { useCallback, useEffect } from 'react';
import { isWidgetMessage, widgetMessage } from '../embed/protocol.ts';

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
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isWidgetMessage(event.data) && event.data.type === 'opened') {
        const target = document.querySelector<HTMLElement>('main textarea, main input, main button');
        target?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('message', onMessage);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('message', onMessage);
    };
  }, [inFrame, close]);

  return { close: inFrame ? close : undefined };
}
