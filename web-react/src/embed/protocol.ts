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
  | { source: typeof WIDGET_MESSAGE_SOURCE; type: 'opened' }
  /**
   * loader → app, once after 'ready': the host site's verified customer (`data-customer-id`,
   * `data-customer-signature`). Sent by postMessage to the widget's origin only, never in a URL, so the
   * signature stays out of the iframe's address, the browser history and server logs.
   */
  | ({ source: typeof WIDGET_MESSAGE_SOURCE; type: 'identity' } & CustomerIdentity);

/** A verified identity from the host page; the signature is hex HMAC-SHA256 of `externalId` by the site. */
export interface CustomerIdentity {
  externalId: string;
  signature: string;
  name?: string;
  email?: string;
}

export function widgetMessage(type: 'ready' | 'close' | 'opened'): WidgetMessage {
  return { source: WIDGET_MESSAGE_SOURCE, type };
}

export function identityMessage(identity: CustomerIdentity): WidgetMessage {
  return { source: WIDGET_MESSAGE_SOURCE, type: 'identity', ...identity };
}

/** The identity attributes of the loader's tag, cleaned; null unless both id and signature are there. */
export function cleanIdentity(fields: {
  id?: string | null;
  signature?: string | null;
  name?: string | null;
  email?: string | null;
}): CustomerIdentity | null {
  const externalId = fields.id?.trim() ?? '';
  const signature = fields.signature?.trim() ?? '';
  if (externalId === '' || externalId.length > 200 || !/^[0-9a-fA-F]{16,256}$/.test(signature)) {
    return null;
  }
  const name = fields.name?.trim().slice(0, 100);
  const email = fields.email?.trim();
  return {
    externalId,
    signature,
    ...(name ? { name } : {}),
    ...(email && email.includes('@') && email.length <= 254 ? { email } : {}),
  };
}

/** The identity a loader sent, or null when the message is not a well-formed one. */
export function readIdentity(data: unknown): CustomerIdentity | null {
  if (!isWidgetMessage(data) || data.type !== 'identity') {
    return null;
  }
  return cleanIdentity({
    id: data.externalId,
    signature: data.signature,
    name: data.name,
    email: data.email,
  });
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
