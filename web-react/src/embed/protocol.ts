/**
 * Messages between the loader (host page) and the widget app (its iframe), over window.postMessage.
 * The loader checks the sender's origin and window; the app only acts on the loader's window (its parent).
 */
export const WIDGET_MESSAGE_SOURCE = 'parley-widget';

export type WidgetMessage =
  /** app → loader: the app is listening (sent once on start); the loader then says whether it is open. */
  | { source: typeof WIDGET_MESSAGE_SOURCE; type: 'ready' }
  /** app → loader: the customer asked to close the panel (close button, Escape). */
  | { source: typeof WIDGET_MESSAGE_SOURCE; type: 'close' }
  /** loader → app: the panel was opened; move focus into the app. */
  | { source: typeof WIDGET_MESSAGE_SOURCE; type: 'opened' };

export function widgetMessage(type: WidgetMessage['type']): WidgetMessage {
  return { source: WIDGET_MESSAGE_SOURCE, type };
}

export function isWidgetMessage(data: unknown): data is WidgetMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { source?: unknown }).source === WIDGET_MESSAGE_SOURCE &&
    typeof (data as { type?: unknown }).type === 'string'
  );
}

/** A department as chat-service accepts it (1–40 of [a-z0-9-], lower-cased), else undefined. */
export function cleanDepartment(value: string | null | undefined): string | undefined {
  const department = value?.trim().toLowerCase();
  return department && /^[a-z0-9-]{1,40}$/.test(department) ? department : undefined;
}

/** chat-service's limit for a conversation's page URL. */
export const MAX_PAGE_URL_LENGTH = 2000;

/** A page URL as chat-service accepts it (http or https, at most 2000 characters) without query or fragment, else undefined. */
export function cleanPageUrl(value: string | null | undefined): string | undefined {
  if (!value || value.length > MAX_PAGE_URL_LENGTH) {
    return undefined;
  }
  try {
    const url = new URL(value);
    // Only origin and path: a query string or fragment may carry the host site's tokens or personal data.
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin + url.pathname : undefined;
  } catch {
    return undefined;
  }
}
