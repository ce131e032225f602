import { StaffHttp, type StaffHttpOptions } from './staffHttp.ts';
import type { Conversation, ConversationStatus, SenderRole } from './contract.ts';

/**
 * Staff reads of docs/architecture.md, "Messaging depth (issue 5)": message search (analytics-service),
 * connection presence of agents (chat-service) and the conversation listing with filters and paging
 * (chat-service). Calls go through {@link StaffApi}, which borrows the SDK's tokens (`client.api`) as
 * {@link RoutingApi} does (through {@link StaffHttp}): a 401 refreshes once and retries once; errors are ApiErrors.
 */

/** Longest search text the server accepts, in characters. */
export const MAX_SEARCH_QUERY_LENGTH = 200;

/** `GET /search/messages`: `q` is plain words (all must match); the rest narrows it. Instants are ISO-8601. */
export interface MessageSearchQuery {
  q: string;
  conversationId?: string;
  customerId?: string;
  agentId?: string;
  from?: string;
  to?: string;
  /** 0-based. */
  page?: number;
  size?: number;
}

/** One match; `snippet` is HTML-escaped text whose matches are wrapped in `<mark>…</mark>`. */
export interface MessageSearchHit {
  conversationId: string;
  messageId: string;
  seq: number;
  senderId: string;
  senderRole: SenderRole;
  sentAt: string;
  snippet: string;
}

export interface MessageSearchPage {
  total: number;
  page: number;
  size: number;
  hits: MessageSearchHit[];
}

/** `GET /presence/agents`: whether a device of the agent is connected, and how many. */
export interface AgentPresence {
  agentId: string;
  connected: boolean;
  devices: number;
}

/** Staff filters of `GET /conversations`; `from`/`to` are ISO instants compared with `createdAt`. */
export interface ConversationFilter {
  status?: ConversationStatus;
  department?: string;
  customerId?: string;
  agentId?: string;
  from?: string;
  to?: string;
  /** 0-based. */
  page?: number;
  size?: number;
}

/** One page of conversations. `total` is null when the server does not count; `hasMore` then guesses from a full page. */
export interface ConversationPage {
  items: Conversation[];
  page: number;
  size: number;
  total: number | null;
  hasMore: boolean;
}

export const DEFAULT_CONVERSATION_PAGE_SIZE = 50;
export const DEFAULT_SEARCH_PAGE_SIZE = 20;

/** The query string of a search; RangeError for a text the server would refuse (blank or too long). */
export function searchParams(query: MessageSearchQuery): URLSearchParams {
  const q = query.q.trim();
  if (q === '') {
    throw new RangeError('type at least one word to search for');
  }
  if ([...q].length > MAX_SEARCH_QUERY_LENGTH) {
    throw new RangeError(`search text longer than ${MAX_SEARCH_QUERY_LENGTH} characters`);
  }
  return params({ ...query, q, size: query.size ?? DEFAULT_SEARCH_PAGE_SIZE });
}

/** The query string of a conversation listing (empty filters are left out). */
export function conversationParams(filter: ConversationFilter): URLSearchParams {
  return params({ ...filter, size: filter.size ?? DEFAULT_CONVERSATION_PAGE_SIZE });
}

function params(values: Record<string, string | number | undefined>): URLSearchParams {
  const result = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    const text = typeof value === 'number' ? String(value) : value?.trim();
    if (text) {
      result.set(key, text);
    }
  }
  return result;
}

export type StaffApiOptions = StaffHttpOptions;

/** The staff read endpoints of analytics-service and chat-service, typed. */
export class StaffApi {
  private readonly http: StaffHttp;

  constructor(options: StaffApiOptions) {
    this.http = new StaffHttp(options);
  }

  /** Messages the caller may see that contain every word of `q`, best first. */
  async searchMessages(query: MessageSearchQuery): Promise<MessageSearchPage> {
    const page = await this.get<Partial<MessageSearchPage>>(`/api/v1/search/messages?${searchParams(query)}`);
    return {
      total: page?.total ?? 0,
      page: page?.page ?? query.page ?? 0,
      size: page?.size ?? query.size ?? DEFAULT_SEARCH_PAGE_SIZE,
      hits: page?.hits ?? [],
    };
  }

  /** Every agent's connection presence (SUPERVISOR, ADMIN, AGENT). */
  async agentPresence(): Promise<AgentPresence[]> {
    return (await this.get<AgentPresence[]>('/api/v1/presence/agents')) ?? [];
  }

  /**
   * One page of the conversations the caller may see (supervisors and admins: all), filtered. Reads a plain
   * array as well as a page object (`items` or `content`, with `total` or `totalElements`).
   */
  async conversations(filter: ConversationFilter = {}): Promise<ConversationPage> {
    const query = conversationParams(filter);
    const body = await this.get<unknown>(`/api/v1/conversations?${query}`);
    const page = filter.page ?? 0;
    const size = filter.size ?? DEFAULT_CONVERSATION_PAGE_SIZE;
    if (Array.isArray(body)) {
      return { items: body as Conversation[], page, size, total: null, hasMore: body.length >= size };
    }
    const object = (body ?? {}) as Record<string, unknown>;
    const items = (object.items ?? object.content ?? []) as Conversation[];
    const total = numberOrNull(object.total ?? object.totalElements);
    const pageNo = numberOrNull(object.page ?? object.number) ?? page;
    const pageSize = numberOrNull(object.size) ?? size;
    return {
      items,
      page: pageNo,
      size: pageSize,
      total,
      hasMore: total === null ? items.length >= pageSize : (pageNo + 1) * pageSize < total,
    };
  }

  private get<T>(path: string): Promise<T> {
    return this.http.request<T>('GET', path);
  }
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
