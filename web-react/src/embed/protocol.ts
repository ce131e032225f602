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

/** A choice of the pre-chat form's "What is it about?": where it routes the chat and what an agent must know. */
export interface Topic {
  label: string;
  /** The department it goes to; absent: the widget's department. */
  department?: string;
  /** Skills an agent needs for it (chat-service: at most 10, each 1–40 of [a-z0-9-]). */
  skills: string[];
}

export const MAX_TOPICS = 10;
export const MAX_TOPIC_LABEL_LENGTH = 80;
const MAX_TOPIC_SKILLS = 10;
const SKILL = /^[a-z0-9-]{1,40}$/;

/**
 * The topics of a `data-topics` attribute (or the app's `?topics=`): a JSON array of
 * `{label, department?, skills?}`. A topic chat-service would refuse (no label, a bad department or skill,
 * too many skills) is left out rather than sending the customer somewhere else; at most 10 are kept.
 */
export function cleanTopics(value: string | null | undefined): Topic[] {
  let parsed: unknown;
  try {
    parsed = value ? JSON.parse(value) : [];
  } catch {
    return [];
  }
  return Array.isArray(parsed) ? parsed.flatMap((item) => cleanTopic(item) ?? []).slice(0, MAX_TOPICS) : [];
}

function cleanTopic(item: unknown): Topic | null {
  if (typeof item !== 'object' || item === null) {
    return null;
  }
  const { label, department, skills = [] } = item as Record<string, unknown>;
  const text = typeof label === 'string' ? label.trim() : '';
  const lane = cleanDepartment(typeof department === 'string' ? department : undefined);
  const wanted = Array.isArray(skills)
    ? skills.map((s) => (typeof s === 'string' ? s.trim().toLowerCase() : ''))
    : null;
  if (
    text === '' ||
    text.length > MAX_TOPIC_LABEL_LENGTH ||
    (department !== undefined && department !== null && lane === undefined) ||
    wanted === null ||
    !wanted.every((skill) => SKILL.test(skill))
  ) {
    return null;
  }
  const unique = [...new Set(wanted)];
  if (unique.length > MAX_TOPIC_SKILLS) {
    return null;
  }
  return { label: text, ...(lane ? { department: lane } : {}), skills: unique };
}
