import { describe, expect, it } from 'vitest';
import { ParleyApi } from '../src/api.ts';
import { ApiError } from '../src/errors.ts';
import { conversationParams, searchParams, StaffApi } from '../src/staff.ts';
import { MemoryTokenStore, type Tokens } from '../src/tokens.ts';

const NOW = 1_000_000;

function tokens(n: number): Tokens {
  return {
    accessToken: `a${n}`,
    refreshToken: `r${n}`,
    expiresAt: NOW + 900_000,
    userId: 'u1',
    roles: ['ADMIN'],
  };
}

function json(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

interface Call {
  method: string;
  path: string;
  auth: string | null;
}

/** A StaffApi on a recording fetch, sharing tokens with a ParleyApi as the dashboard does. */
function staff(handler: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const call: Call = {
      method: init?.method ?? 'GET',
      path: (input instanceof Request ? input.url : input.toString()).replace('http://gw:8080', ''),
      auth: new Headers(init?.headers).get('Authorization'),
    };
    calls.push(call);
    return Promise.resolve(handler(call));
  };
  const store = new MemoryTokenStore(tokens(1));
  const api = new ParleyApi({ baseUrl: 'http://gw:8080', tokens: store, fetch, now: () => NOW });
  return { staff: new StaffApi({ baseUrl: 'http://gw:8080/', auth: api, fetch }), calls, store };
}

const hit = {
  conversationId: 'c1',
  messageId: 'm1',
  seq: 3,
  senderId: 'cust',
  senderRole: 'CUSTOMER',
  sentAt: '2026-11-25T12:00:00Z',
  snippet: 'my <mark>refund</mark> &amp; invoice',
};

describe('searchParams', () => {
  it('sends the trimmed words, the filters that are set and the default page size', () => {
    const params = searchParams({ q: '  refund invoice ', agentId: 'b003', customerId: ' ', page: 2 });
    expect(params.toString()).toBe('q=refund+invoice&agentId=b003&page=2&size=20');
  });

  it('refuses a blank or over-long text before asking the server', () => {
    expect(() => searchParams({ q: '   ' })).toThrow(RangeError);
    expect(() => searchParams({ q: 'x'.repeat(201) })).toThrow('longer than 200');
    expect(searchParams({ q: 'é'.repeat(200) }).get('q')).toHaveLength(200);
  });
});

describe('conversationParams', () => {
  it('leaves out empty filters and pages by 50 unless told', () => {
    expect(conversationParams({ status: 'ENDED', department: '', page: 0 }).toString()).toBe(
      'status=ENDED&page=0&size=50',
    );
    expect(
      conversationParams({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z', size: 10 }).get(
        'from',
      ),
    ).toBe('2026-11-01T00:00:00.000Z');
  });
});

describe('StaffApi', () => {
  it('searches messages with the bearer token and returns the page as the server sent it', async () => {
    const { staff: api, calls } = staff(() => json(200, { total: 21, page: 1, size: 20, hits: [hit] }));
    const page = await api.searchMessages({ q: 'refund', conversationId: 'c1', page: 1 });
    expect(page).toEqual({ total: 21, page: 1, size: 20, hits: [hit] });
    expect(calls).toEqual([
      {
        method: 'GET',
        path: '/api/v1/search/messages?q=refund&conversationId=c1&page=1&size=20',
        auth: 'Bearer a1',
      },
    ]);
  });

  it('turns a 403 problem into an ApiError with its detail', async () => {
    const { staff: api } = staff(() => json(403, { status: 403, detail: 'not your customer' }));
    const error = await api.searchMessages({ q: 'x', customerId: 'other' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, detail: 'not your customer' });
  });

  it('reads agent presence', async () => {
    const presence = [
      { agentId: 'b001', connected: true, devices: 2 },
      { agentId: 'b002', connected: false, devices: 0 },
    ];
    const { staff: api, calls } = staff(() => json(200, presence));
    expect(await api.agentPresence()).toEqual(presence);
    expect(calls[0]?.path).toBe('/api/v1/presence/agents');
  });

  it('refreshes once and retries once on a 401', async () => {
    let first = true;
    const {
      staff: api,
      calls,
      store,
    } = staff((call) => {
      if (call.path === '/api/v1/auth/refresh') {
        return json(200, { ...tokens(2), tokenType: 'Bearer', expiresIn: 900 });
      }
      if (first) {
        first = false;
        return json(401, { status: 401, detail: 'expired' });
      }
      return json(200, []);
    });
    expect(await api.agentPresence()).toEqual([]);
    expect(calls.map((c) => `${c.method} ${c.path} ${c.auth}`)).toEqual([
      'GET /api/v1/presence/agents Bearer a1',
      'POST /api/v1/auth/refresh null',
      'GET /api/v1/presence/agents Bearer a2',
    ]);
    expect(store.get()?.accessToken).toBe('a2');
  });

  it('lists a filtered page of conversations from a plain array, more expected after a full page', async () => {
    const conversations = [{ id: 'c1' }, { id: 'c2' }];
    const { staff: api, calls } = staff(() => json(200, conversations));
    const page = await api.conversations({ status: 'ACTIVE', agentId: 'b003', page: 3, size: 2 });
    expect(calls[0]?.path).toBe('/api/v1/conversations?status=ACTIVE&agentId=b003&page=3&size=2');
    expect(page).toEqual({ items: conversations, page: 3, size: 2, total: null, hasMore: true });
    const { staff: short } = staff(() => json(200, [{ id: 'c9' }]));
    expect((await short.conversations({ size: 2 })).hasMore).toBe(false);
  });

  it('reads a page object with a total', async () => {
    const { staff: api } = staff(() =>
      json(200, { content: [{ id: 'c1' }], totalElements: 51, number: 0, size: 50 }),
    );
    expect(await api.conversations()).toEqual({
      items: [{ id: 'c1' }],
      page: 0,
      size: 50,
      total: 51,
      hasMore: true,
    });
    const { staff: last } = staff(() => json(200, { items: [{ id: 'c1' }], total: 51, page: 1, size: 50 }));
    expect((await last.conversations({ page: 1 })).hasMore).toBe(false);
  });

  it('reports an unreachable server as a network error', async () => {
    const store = new MemoryTokenStore(tokens(1));
    const fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const api = new ParleyApi({ baseUrl: '', tokens: store, fetch, now: () => NOW });
    const error = await new StaffApi({ baseUrl: '', auth: api, fetch })
      .agentPresence()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, isNetworkError: true });
  });
});
