import { describe, expect, it, vi } from 'vitest';
import { ParleyApi } from '../src/api.ts';
import type { TokenResponse } from '../src/contract.ts';
import { ApiError, isApiError } from '../src/errors.ts';
import { MemoryTokenStore, WebStorageTokenStore, type Tokens } from '../src/tokens.ts';

const NOW = 1_000_000;

function tokens(n: number, expiresAt = NOW + 900_000): Tokens {
  return { accessToken: `a${n}`, refreshToken: `r${n}`, expiresAt, userId: 'u1', roles: ['GUEST'] };
}

function tokenResponse(n: number): TokenResponse {
  return {
    accessToken: `a${n}`,
    refreshToken: `r${n}`,
    tokenType: 'Bearer',
    expiresIn: 900,
    userId: 'u1',
    roles: ['GUEST'],
  };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

const problem401 = {
  type: 'about:blank',
  title: 'Unauthorized',
  status: 401,
  detail: 'access token expired',
};

interface Call {
  method: string;
  url: string;
  auth: string | null;
  body: unknown;
}

/** A fetch that records calls and answers from a handler. */
function fakeFetch(handler: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const call: Call = {
      method: init?.method ?? 'GET',
      url: input instanceof Request ? input.url : input.toString(),
      auth: headers.get('Authorization'),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    return handler(call);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

function api(handler: (call: Call) => Response | Promise<Response>, store = new MemoryTokenStore(tokens(1))) {
  const { fetch, calls } = fakeFetch(handler);
  return {
    api: new ParleyApi({ baseUrl: 'http://gw:8080/', tokens: store, fetch, now: () => NOW }),
    calls,
    store,
  };
}

describe('ApiError', () => {
  it('carries the status and the problem+json detail', async () => {
    const error = await ApiError.fromResponse(
      json(409, { type: 'about:blank', title: 'Conflict', status: 409, detail: 'conversation has ended' }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error)).toBe(true);
    expect(error.status).toBe(409);
    expect(error.detail).toBe('conversation has ended');
    expect(error.problem).toMatchObject({ title: 'Conflict', status: 409 });
    expect(error.message).toBe('409: conversation has ended');
  });

  it('falls back to the title, then to the body text, then to the status text', async () => {
    expect((await ApiError.fromResponse(json(403, { title: 'Forbidden' }))).detail).toBe('Forbidden');
    expect((await ApiError.fromResponse(new Response('upstream down', { status: 502 }))).detail).toBe(
      'upstream down',
    );
    const empty = await ApiError.fromResponse(
      new Response(null, { status: 500, statusText: 'Server Error' }),
    );
    expect(empty).toMatchObject({ detail: 'Server Error', problem: null });
  });

  it('reads Retry-After of a 429', async () => {
    const error = await ApiError.fromResponse(
      json(429, { detail: 'too many requests' }, { 'Retry-After': '3' }),
    );
    expect(error.retryAfter).toBe(3);
  });

  it('reports a network failure as status 0', async () => {
    const { api: client } = api(() => {
      throw new TypeError('fetch failed');
    });
    const error = await client.listConversations().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, detail: 'fetch failed', isNetworkError: true });
  });
});

describe('ParleyApi', () => {
  it('sends the bearer token and reads JSON', async () => {
    const { api: client, calls } = api(() => json(200, []));
    await expect(client.listConversations()).resolves.toEqual([]);
    expect(calls).toEqual([
      { method: 'GET', url: 'http://gw:8080/api/v1/conversations', auth: 'Bearer a1', body: undefined },
    ]);
  });

  it('uses the paths and bodies of the contract', async () => {
    const { api: client, calls } = api(() => json(200, {}));
    await client.startConversation({ clientMessageId: 'c1', text: 'hi', department: 'sales' });
    await client.getConversation('k1');
    await client.messages('k1', 4);
    await client.events('k1', 7, 500);
    await client.sendMessageRest('k1', { clientMessageId: 'c2', text: 'yo' });
    await client.endConversation('k1');
    await client.agentMe();
    await client.setAgentStatus('ONLINE', 5);
    await client.setAgentStatus('AWAY');
    await client.queueOverview();
    await client.queuePosition('k1');
    await client.departments();
    expect(
      calls.map((c) => `${c.method} ${c.url.replace('http://gw:8080', '')} ${JSON.stringify(c.body) ?? ''}`),
    ).toEqual([
      'POST /api/v1/conversations {"clientMessageId":"c1","text":"hi","department":"sales"}',
      'GET /api/v1/conversations/k1 ',
      'GET /api/v1/conversations/k1/messages?afterSeq=4 ',
      'GET /api/v1/conversations/k1/events?afterSeq=7&limit=500 ',
      'POST /api/v1/conversations/k1/messages {"clientMessageId":"c2","text":"yo"}',
      'POST /api/v1/conversations/k1/end ',
      'GET /api/v1/agents/me ',
      'PUT /api/v1/agents/me/status {"status":"ONLINE","capacity":5}',
      'PUT /api/v1/agents/me/status {"status":"AWAY"}',
      'GET /api/v1/queue ',
      'GET /api/v1/queue/conversations/k1 ',
      'GET /api/v1/departments ',
    ]);
  });

  it('stores the tokens of guest and login, sending no bearer token', async () => {
    const store = new MemoryTokenStore();
    const { api: client, calls } = api(() => json(201, tokenResponse(5)), store);
    const session = await client.guest({ name: 'Ann' });
    expect(session).toEqual({ ...tokens(5), expiresAt: NOW + 900_000 });
    expect(store.get()).toEqual(session);
    await client.login('alice@parley.local', 'parley-demo');
    expect(calls.map((c) => [c.url.slice(14), c.auth, c.body])).toEqual([
      ['/api/v1/auth/guest', null, { name: 'Ann' }],
      ['/api/v1/auth/login', null, { email: 'alice@parley.local', password: 'parley-demo' }],
    ]);
  });

  it('refreshes once on a 401 and retries with the new token', async () => {
    const {
      api: client,
      calls,
      store,
    } = api((call) => {
      if (call.url.endsWith('/auth/refresh')) {
        return json(200, tokenResponse(2));
      }
      return call.auth === 'Bearer a2' ? json(200, [{ id: 'k1' }]) : json(401, problem401);
    });
    await expect(client.listConversations()).resolves.toEqual([{ id: 'k1' }]);
    expect(calls.map((c) => `${c.url.slice(21)} ${c.auth} ${JSON.stringify(c.body) ?? ''}`)).toEqual([
      '/conversations Bearer a1 ',
      '/auth/refresh null {"refreshToken":"r1"}',
      '/conversations Bearer a2 ',
    ]);
    expect(store.get()?.refreshToken).toBe('r2');
  });

  it('gives up after one retry when the server still says 401', async () => {
    let refreshes = 0;
    const { api: client, calls } = api((call) =>
      call.url.endsWith('/auth/refresh') ? json(200, tokenResponse(++refreshes + 1)) : json(401, problem401),
    );
    const error = await client.listConversations().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, detail: 'access token expired' });
    expect(calls).toHaveLength(3);
  });

  it('forgets the session when the refresh token is refused', async () => {
    const { api: client, store } = api((call) =>
      call.url.endsWith('/auth/refresh')
        ? json(401, { title: 'Unauthorized', status: 401, detail: 'refresh token is not valid' })
        : json(401, problem401),
    );
    await expect(client.listConversations()).rejects.toMatchObject({
      status: 401,
      detail: 'refresh token is not valid',
    });
    expect(store.get()).toBeNull();
    await expect(client.accessToken()).rejects.toMatchObject({ status: 401, detail: 'not signed in' });
  });

  it('shares one refresh between concurrent callers (refresh tokens rotate)', async () => {
    let refreshes = 0;
    const { api: client } = api(async (call) => {
      if (call.url.endsWith('/auth/refresh')) {
        refreshes++;
        await new Promise((r) => setTimeout(r, 5));
        return json(200, tokenResponse(2));
      }
      return call.auth === 'Bearer a2' ? json(200, []) : json(401, problem401);
    });
    await Promise.all([client.listConversations(), client.agentMe(), client.queueOverview()]);
    expect(refreshes).toBe(1);
  });

  it('lets two tabs on one shared store rotate the refresh token only once', async () => {
    let tail = Promise.resolve();
    const shared = new MemoryTokenStore(tokens(1, NOW + 10_000));
    const store = Object.assign(shared, {
      exclusive<T>(task: () => Promise<T>): Promise<T> {
        const run = tail.then(task);
        tail = run.then(
          () => undefined,
          () => undefined,
        );
        return run;
      },
    });
    const used: unknown[] = [];
    const handler = async (call: Call) => {
      used.push(call.body);
      await new Promise((r) => setTimeout(r, 5));
      return json(200, tokenResponse(2));
    };
    const tab1 = api(handler, store).api;
    const tab2 = api(handler, store).api;
    await expect(Promise.all([tab1.accessToken(), tab2.accessToken()])).resolves.toEqual(['a2', 'a2']);
    expect(used).toEqual([{ refreshToken: 'r1' }]);
  });

  it('refreshes an access token about to expire before using it', async () => {
    const store = new MemoryTokenStore(tokens(1, NOW + 10_000));
    const { api: client, calls } = api(
      (call) => (call.url.endsWith('/auth/refresh') ? json(200, tokenResponse(2)) : json(200, [])),
      store,
    );
    await expect(client.accessToken()).resolves.toBe('a2');
    await client.listConversations();
    expect(calls.map((c) => c.auth)).toEqual([null, 'Bearer a2']);
  });

  it('logs out: forgets the tokens and revokes the refresh token', async () => {
    const { api: client, calls, store } = api(() => new Response(null, { status: 204 }));
    await client.logout();
    expect(store.get()).toBeNull();
    expect(calls).toEqual([
      { method: 'POST', url: 'http://gw:8080/api/v1/auth/logout', auth: null, body: { refreshToken: 'r1' } },
    ]);
  });
});

describe('WebStorageTokenStore', () => {
  it('keeps the tokens as JSON under one key', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
    const store = new WebStorageTokenStore(storage);
    expect(store.get()).toBeNull();
    store.set(tokens(1));
    expect(new WebStorageTokenStore(storage).get()).toEqual(tokens(1));
    store.set(null);
    expect(map.size).toBe(0);
    map.set('parley.tokens', '{not json');
    expect(store.get()).toBeNull();
  });
});
