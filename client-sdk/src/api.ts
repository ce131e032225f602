import type {
  Agent,
  AgentStatus,
  Availability,
  Conversation,
  ConversationEvent,
  CustomerIdentityRequest,
  FileLink,
  FileVariant,
  FileView,
  GuestRequest,
  MessageAck,
  QueueOverview,
  QueuePosition,
  SendMessage,
  StartConversationRequest,
  TokenResponse,
} from './contract.ts';
import { ApiError } from './errors.ts';
import { tokensFrom, type TokenStore, type Tokens } from './tokens.ts';

export interface ApiOptions {
  /** The gateway, e.g. `http://localhost:8080`; `''` for the page's own origin (a dev proxy). */
  baseUrl: string;
  tokens: TokenStore;
  fetch?: typeof fetch;
  now?: () => number;
  /** An access token this close to its expiry is refreshed before use (default 30 s). */
  refreshSkewMs?: number;
  /** Uploads with progress use XMLHttpRequest (browsers); tests pass a fake. Default: the global one. */
  xhr?: () => XhrLike;
}

/** The part of XMLHttpRequest an upload with progress needs. */
export interface XhrLike {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  getResponseHeader(name: string): string | null;
  send(body: FormData): void;
  abort(): void;
  readonly status: number;
  readonly responseText: string;
  readonly upload: { onprogress: ((event: ProgressEvent) => void) | null };
  onload: ((event: ProgressEvent) => void) | null;
  onerror: ((event: ProgressEvent) => void) | null;
  onabort: ((event: ProgressEvent) => void) | null;
}

export interface UploadOptions {
  /** Bytes sent so far of `total` (browsers with XMLHttpRequest). */
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

type Method = 'GET' | 'POST' | 'PUT';

interface RequestOptions {
  body?: unknown;
  /** false: anonymous auth endpoints, no bearer token and no refresh. */
  auth?: boolean;
}

/**
 * The REST API of docs/architecture.md over fetch. Every call with `auth` sends the stored access token,
 * refreshes it first when it is about to expire, and on a 401 refreshes once and retries once. Refreshes are
 * single-flight: refresh tokens rotate, and reusing a rotated one revokes the whole session.
 * Errors are {@link ApiError}.
 */
export class ParleyApi {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => number;
  private readonly skewMs: number;
  private refreshing: Promise<Tokens> | null = null;

  constructor(private readonly options: ApiOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.now = options.now ?? Date.now;
    this.skewMs = options.refreshSkewMs ?? 30_000;
  }

  // --- auth-service

  async guest(request: GuestRequest = {}): Promise<Tokens> {
    return this.storeTokens(
      await this.request<TokenResponse>('POST', '/api/v1/auth/guest', { body: request, auth: false }),
    );
  }

  /** A verified customer identity from the host site (404 when the feature is off, 401 on a bad signature). */
  async customer(request: CustomerIdentityRequest): Promise<Tokens> {
    return this.storeTokens(
      await this.request<TokenResponse>('POST', '/api/v1/auth/customer', { body: request, auth: false }),
    );
  }

  async login(email: string, password: string): Promise<Tokens> {
    const response = await this.request<TokenResponse>('POST', '/api/v1/auth/login', {
      body: { email, password },
      auth: false,
    });
    return this.storeTokens(response);
  }

  /** Rotates the refresh token. Concurrent callers share one request. A 401 forgets the session. */
  refresh(): Promise<Tokens> {
    this.refreshing ??= this.sharedRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  /** Revokes the refresh token (best effort) and forgets the session. */
  async logout(): Promise<void> {
    const tokens = await this.options.tokens.get();
    await this.options.tokens.set(null);
    if (tokens) {
      await this.request<void>('POST', '/api/v1/auth/logout', {
        body: { refreshToken: tokens.refreshToken },
        auth: false,
      });
    }
  }

  /** The current tokens, or null when nobody is signed in. */
  async session(): Promise<Tokens | null> {
    return this.options.tokens.get();
  }

  /** An access token valid for a while yet (refreshed when close to expiry); ApiError 401 when signed out. */
  async accessToken(): Promise<string> {
    const tokens = await this.options.tokens.get();
    if (!tokens) {
      throw new ApiError(401, 'not signed in');
    }
    if (tokens.expiresAt - this.skewMs > this.now()) {
      return tokens.accessToken;
    }
    return (await this.refresh()).accessToken;
  }

  // --- chat-service

  startConversation(request: StartConversationRequest): Promise<Conversation> {
    return this.request('POST', '/api/v1/conversations', { body: request });
  }

  listConversations(): Promise<Conversation[]> {
    return this.request('GET', '/api/v1/conversations');
  }

  getConversation(id: string): Promise<Conversation> {
    return this.request('GET', `/api/v1/conversations/${enc(id)}`);
  }

  /** MESSAGE events after `afterSeq`, in seq order (server clamps `limit` to 1..1000). */
  messages(id: string, afterSeq = 0, limit?: number): Promise<ConversationEvent[]> {
    return this.request('GET', `/api/v1/conversations/${enc(id)}/messages${query(afterSeq, limit)}`);
  }

  /** Every timeline event after `afterSeq`, in seq order (server clamps `limit` to 1..1000, default 500). */
  events(id: string, afterSeq = 0, limit?: number): Promise<ConversationEvent[]> {
    return this.request('GET', `/api/v1/conversations/${enc(id)}/events${query(afterSeq, limit)}`);
  }

  /** The REST twin of the STOMP send; idempotent on `clientMessageId`. */
  sendMessageRest(id: string, message: SendMessage): Promise<MessageAck> {
    return this.request('POST', `/api/v1/conversations/${enc(id)}/messages`, { body: message });
  }

  endConversation(id: string): Promise<Conversation> {
    return this.request('POST', `/api/v1/conversations/${enc(id)}/end`);
  }

  /** An ENDED conversation waits in line again (409 when it is not ended). */
  reopenConversation(id: string): Promise<Conversation> {
    return this.request('POST', `/api/v1/conversations/${enc(id)}/reopen`);
  }

  // --- file-service

  /**
   * `POST /files` multipart (`file`, `conversationId`) → the stored file. 413: too large, 415: a type that
   * is not allowed (the problem names the detected type). With `onProgress` and XMLHttpRequest available the
   * upload reports progress; otherwise it goes through fetch.
   */
  async uploadFile(
    conversationId: string,
    file: Blob,
    name?: string,
    options: UploadOptions = {},
  ): Promise<FileView> {
    const form = () => {
      const data = new FormData();
      data.append('conversationId', conversationId);
      data.append('file', file, name ?? (file as { name?: string }).name ?? 'file');
      return data;
    };
    const xhr =
      this.options.xhr ??
      (typeof XMLHttpRequest === 'undefined' ? null : (): XhrLike => new XMLHttpRequest());
    const send = (token: string) =>
      options.onProgress && xhr
        ? this.sendXhr(xhr(), '/api/v1/files', form(), token, options)
        : this.send('POST', '/api/v1/files', form(), token, options.signal);
    const token = await this.accessToken();
    let response = await send(token);
    if (response.status === 401) {
      response = await send(await this.tokenAfter401(token));
    }
    if (!response.ok) {
      throw await ApiError.fromResponse(response);
    }
    return (await response.json()) as FileView;
  }

  getFile(id: string): Promise<FileView> {
    return this.request('GET', `/api/v1/files/${enc(id)}`);
  }

  /** A signed link to a file's bytes (valid for minutes; no token needed to follow it). */
  fileLink(id: string, variant: FileVariant = 'ORIGINAL'): Promise<FileLink> {
    return this.request('POST', `/api/v1/files/${enc(id)}/links`, { body: { variant } });
  }

  // --- user-service

  agentMe(): Promise<Agent> {
    return this.request('GET', '/api/v1/agents/me');
  }

  /** Omitted capacity keeps the current one. */
  setAgentStatus(status: AgentStatus, capacity?: number): Promise<Agent> {
    return this.request('PUT', '/api/v1/agents/me/status', {
      body: capacity === undefined ? { status } : { status, capacity },
    });
  }

  departments(): Promise<string[]> {
    return this.request('GET', '/api/v1/departments');
  }

  // --- queue-service

  queueOverview(): Promise<QueueOverview> {
    return this.request('GET', '/api/v1/queue');
  }

  queuePosition(conversationId: string): Promise<QueuePosition> {
    return this.request('GET', `/api/v1/queue/conversations/${enc(conversationId)}`);
  }

  /** Whether an agent of the department is online, and the wait a new conversation may expect (guests too). */
  availability(department?: string): Promise<Availability> {
    const q = department ? `?department=${encodeURIComponent(department)}` : '';
    return this.request('GET', `/api/v1/queue/availability${q}`);
  }

  // --- plumbing

  /** In a store's lock (other tabs): tokens another holder rotated meanwhile are adopted, not refreshed again. */
  private async sharedRefresh(): Promise<Tokens> {
    const store = this.options.tokens;
    if (!store.exclusive) {
      return this.doRefresh();
    }
    const seen = (await store.get())?.refreshToken;
    return store.exclusive(async () => {
      const current = await store.get();
      return current && seen !== undefined && current.refreshToken !== seen ? current : this.doRefresh();
    });
  }

  private async doRefresh(): Promise<Tokens> {
    const tokens = await this.options.tokens.get();
    if (!tokens) {
      throw new ApiError(401, 'not signed in');
    }
    try {
      const response = await this.request<TokenResponse>('POST', '/api/v1/auth/refresh', {
        body: { refreshToken: tokens.refreshToken },
        auth: false,
      });
      return await this.storeTokens(response);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        await this.options.tokens.set(null);
      }
      throw error;
    }
  }

  private async storeTokens(response: TokenResponse): Promise<Tokens> {
    const tokens = tokensFrom(response, this.now());
    await this.options.tokens.set(tokens);
    return tokens;
  }

  private async request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
    const auth = options.auth ?? true;
    const token = auth ? await this.accessToken() : null;
    let response = await this.send(method, path, options.body, token);
    if (auth && response.status === 401) {
      response = await this.send(method, path, options.body, await this.tokenAfter401(token));
    }
    if (!response.ok) {
      throw await ApiError.fromResponse(response);
    }
    if (response.status === 204) {
      return undefined as T;
    }
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** After a 401: a token someone else refreshed meanwhile, or a freshly refreshed one. */
  private async tokenAfter401(used: string | null): Promise<string> {
    const current = await this.options.tokens.get();
    if (current && current.accessToken !== used && current.expiresAt - this.skewMs > this.now()) {
      return current.accessToken;
    }
    return (await this.refresh()).accessToken;
  }

  private async send(
    method: Method,
    path: string,
    body: unknown,
    token: string | null,
    signal?: AbortSignal,
  ): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    const form = typeof FormData !== 'undefined' && body instanceof FormData;
    if (body !== undefined && !form) {
      headers['Content-Type'] = 'application/json';
    }
    if (token !== null) {
      headers.Authorization = `Bearer ${token}`;
    }
    try {
      return await this.fetchImpl(this.baseUrl + path, {
        method,
        headers,
        body: body === undefined ? undefined : form ? body : JSON.stringify(body),
        ...(signal ? { signal } : {}),
      });
    } catch (cause) {
      throw ApiError.network(cause);
    }
  }

  /** A POST over XMLHttpRequest, for its upload progress; answers a fetch-like Response. */
  private sendXhr(xhr: XhrLike, path: string, body: FormData, token: string, options: UploadOptions) {
    return new Promise<Response>((resolve, reject) => {
      const abort = () => xhr.abort();
      options.signal?.addEventListener('abort', abort, { once: true });
      const done = () => options.signal?.removeEventListener('abort', abort);
      xhr.open('POST', this.baseUrl + path);
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.upload.onprogress = (event) => options.onProgress?.(event.loaded, event.total);
      xhr.onload = () => {
        done();
        const contentType = xhr.getResponseHeader('Content-Type');
        const text = xhr.status === 204 ? null : xhr.responseText;
        resolve(
          new Response(text, {
            status: xhr.status,
            headers: contentType ? { 'Content-Type': contentType } : {},
          }),
        );
      };
      xhr.onerror = () => {
        done();
        reject(ApiError.network(new Error('upload failed')));
      };
      xhr.onabort = () => {
        done();
        reject(ApiError.network(new Error('upload cancelled')));
      };
      xhr.send(body);
    });
  }
}

function enc(id: string): string {
  return encodeURIComponent(id);
}

function query(afterSeq: number, limit?: number): string {
  return `?afterSeq=${afterSeq}` + (limit === undefined ? '' : `&limit=${limit}`);
}
