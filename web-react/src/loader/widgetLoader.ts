import {
  cleanDepartment,
  cleanIdentity,
  cleanPageUrl,
  cleanTopics,
  identityMessage,
  isWidgetMessage,
  widgetMessage,
  type CustomerIdentity,
} from '../embed/protocol.ts';
import { chatIcon, closeIcon, loaderStyles } from './styles.ts';

export interface LoaderOptions {
  /** The loader script's own URL: the widget app lives beside it (`…/widget/loader.js` → `…/widget/`). */
  scriptSrc: string;
  /** `data-department` of the script tag. */
  department?: string | null;
  /** The host page's URL (`location.href`), passed to the app as `?page=` so chats say where they started. */
  pageUrl?: string | null;
  /** `data-topics` of the script tag: the JSON array of the pre-chat form's topics (see `cleanTopics`). */
  topics?: string | null;
  /** `data-customer-id`, `data-customer-signature` (and optional `data-customer-name`, `-email`). */
  customer?: { id?: string | null; signature?: string | null; name?: string | null; email?: string | null };
  document?: Document;
}

export interface WidgetHandle {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  readonly launcher: HTMLButtonElement;
  readonly panel: HTMLElement;
  /** The app's iframe, created on first open. */
  iframe(): HTMLIFrameElement | null;
  isOpen(): boolean;
  open(): void;
  /** Closes the panel; `restoreFocus` puts focus back on the launcher (user actions do). */
  close(restoreFocus?: boolean): void;
  toggle(): void;
  destroy(): void;
}

export const HOST_TAG = 'parley-widget';

/**
 * The widget app's URL for an embed: `<dir of the loader>?embed=1[&department=…][&page=…][&topics=…][&identity=1]`.
 * `identity=1` only says that a verified identity follows by postMessage; its id and signature are never in
 * the URL (URLs end up in history, logs and Referer headers).
 */
export function widgetUrl(
  scriptSrc: string,
  department?: string | null,
  pageUrl?: string | null,
  topics?: string | null,
  identity = false,
): string {
  const url = new URL('./', scriptSrc);
  url.searchParams.set('embed', '1');
  const clean = cleanDepartment(department);
  if (clean) {
    url.searchParams.set('department', clean);
  }
  const page = cleanPageUrl(pageUrl);
  if (page) {
    url.searchParams.set('page', page);
  }
  const choices = cleanTopics(topics);
  if (choices.length > 0) {
    url.searchParams.set('topics', JSON.stringify(choices));
  }
  if (identity) {
    // Only that one will come: the identity itself goes by postMessage (see mountWidget).
    url.searchParams.set('identity', '1');
  }
  return url.toString();
}

/**
 * Adds the chat button in a shadow root at the end of <body>; the first click opens the widget app in an
 * iframe panel. Escape (on the button, or in the app, which asks through postMessage) closes it and focus
 * goes back to the button. A second call on the same page returns null (the snippet was pasted twice).
 */
export function mountWidget(options: LoaderOptions): WidgetHandle | null {
  const doc = options.document ?? document;
  if (doc.querySelector(HOST_TAG)) {
    return null;
  }
  const identity: CustomerIdentity | null = options.customer ? cleanIdentity(options.customer) : null;
  const src = widgetUrl(
    options.scriptSrc,
    options.department,
    options.pageUrl,
    options.topics,
    identity !== null,
  );
  const origin = new URL(src).origin;

  const host = doc.createElement(HOST_TAG);
  // The host element itself is in the page: keep page rules (display, transform, …) from moving it.
  host.setAttribute('style', 'all: initial !important;');
  const shadow = host.attachShadow({ mode: 'open' });

  const style = doc.createElement('style');
  style.textContent = loaderStyles;

  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.id = 'parley-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', 'Chat with us');
  panel.hidden = true;

  const launcher = doc.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('aria-controls', panel.id);

  shadow.append(style, panel, launcher);
  doc.body.append(host);

  let frame: HTMLIFrameElement | null = null;
  let ready = false;
  let opened = false;

  const render = () => {
    launcher.setAttribute('aria-expanded', String(opened));
    launcher.setAttribute('aria-label', opened ? 'Close chat' : 'Open chat');
    launcher.innerHTML = opened ? closeIcon : chatIcon;
    panel.hidden = !opened;
  };

  // Until the app says it listens (its 'ready'), a message could be lost or reach about:blank.
  const tellApp = () => ready && frame?.contentWindow?.postMessage(widgetMessage('opened'), origin);

  const handle: WidgetHandle = {
    host,
    shadow,
    launcher,
    panel,
    iframe: () => frame,
    isOpen: () => opened,
    open() {
      if (opened) {
        return;
      }
      opened = true;
      if (!frame) {
        frame = doc.createElement('iframe');
        frame.title = 'Chat with us';
        frame.src = src;
        panel.append(frame);
      }
      render();
      frame.focus();
      tellApp();
    },
    close(restoreFocus = true) {
      if (!opened) {
        return;
      }
      opened = false;
      render();
      if (restoreFocus) {
        launcher.focus();
      }
    },
    toggle() {
      if (opened) {
        handle.close();
      } else {
        handle.open();
      }
    },
    destroy() {
      doc.defaultView?.removeEventListener('message', onMessage);
      host.remove();
    },
  };

  const onMessage = (event: MessageEvent) => {
    const app = frame?.contentWindow;
    if (app && event.source === app && event.origin === origin && isWidgetMessage(event.data)) {
      if (event.data.type === 'close') {
        handle.close();
      } else if (event.data.type === 'ready') {
        ready = true;
        if (identity) {
          // Addressed to the widget's origin only: no other page can read it.
          app.postMessage(identityMessage(identity), origin);
        }
        if (opened) {
          tellApp();
        }
      }
    }
  };

  launcher.addEventListener('click', () => handle.toggle());
  shadow.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && opened) {
      event.stopPropagation();
      handle.close();
    }
  });
  doc.defaultView?.addEventListener('message', onMessage);
  render();
  return handle;
}
