import { describe, expect, it } from 'vitest';
import { ParleyApi } from '../src/api.ts';
import type { TokenResponse } from '../src/contract.ts';
import { ApiError } from '../src/errors.ts';
import {
  agentBlocker,
  MAX_TRANSFER_NOTE_LENGTH,
  RoutingApi,
  ruleErrorsOf,
  transferBody,
  type LiveQueueAgent,
} from '../src/routing.ts';
import { MemoryTokenStore, type Tokens } from '../src/tokens.ts';

const NOW = 1_000_000;

function tokens(n: number): Tokens {
  return {
    accessToken: `a${n}`,
    refreshToken: `r${n}`,
    expiresAt: NOW + 900_000,
    userId: 'u1',
    roles: ['AGENT'],
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
  contentType: string | null;
  body: unknown;
}

/** A RoutingApi on a recording fetch, sharing tokens with a ParleyApi as the dashboard does. */
function routing(handler: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const call: Call = {
      method: init?.method ?? 'GET',
      path: (input instanceof Request ? input.url : input.toString()).replace('http://gw:8080', ''),
      auth: headers.get('Authorization'),
      contentType: headers.get('Content-Type'),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    return Promise.resolve(handler(call));
  };
  const store = new MemoryTokenStore(tokens(1));
  const api = new ParleyApi({ baseUrl: 'http://gw:8080', tokens: store, fetch, now: () => NOW });
  return { routing: new RoutingApi({ baseUrl: 'http://gw:8080/', auth: api, fetch }), calls, store };
}

const line = (c: Call) => `${c.method} ${c.path} ${JSON.stringify(c.body) ?? ''}`.trim();

describe('RoutingApi', () => {
  it('calls the routing endpoints of the contract with the bearer token', async () => {
    const { routing: api, calls } = routing(() => json(200, {}));
    const definition = { vipPriority: 'HIGH' as const };
    await api.saveRules(definition, '  raise VIPs  ');
    await api.saveRules(definition, '   ');
    await api.listRules();
    await api.rules(3);
    await api.activeRules();
    await api.activateRules(3);
    await api.liveQueue();
    await api.queueAgents();
    await api.availableChats();
    await api.queueConversation('k/1');
    await api.take('k1');
    await api.assign('k1', 'b2');
    await api.transfer('k1', { toAgentId: 'b2', note: 'VIP, was charged twice' });
    await api.transfer('k1', { toDepartment: 'sales' });
    await api.setPriority('k1', 'URGENT');
    await api.assignments('k1');
    await api.updateAgent('b2', { departments: ['sales'], skills: ['german'] });
    await api.customer('cust1');
    await api.updateCustomer('cust1', { vip: true, attributes: { plan: 'gold' } });
    expect(calls.map(line)).toEqual([
      'POST /api/v1/queue/rules {"definition":{"vipPriority":"HIGH"},"comment":"raise VIPs"}',
      'POST /api/v1/queue/rules {"definition":{"vipPriority":"HIGH"}}',
      'GET /api/v1/queue/rules',
      'GET /api/v1/queue/rules/3',
      'GET /api/v1/queue/rules/active',
      'POST /api/v1/queue/rules/3/activate',
      'GET /api/v1/queue',
      'GET /api/v1/queue/agents',
      'GET /api/v1/queue/available',
      'GET /api/v1/queue/conversations/k%2F1',
      'POST /api/v1/queue/conversations/k1/take',
      'POST /api/v1/queue/conversations/k1/assign {"agentId":"b2"}',
      'POST /api/v1/queue/conversations/k1/transfer {"toAgentId":"b2","note":"VIP, was charged twice"}',
      'POST /api/v1/queue/conversations/k1/transfer {"toDepartment":"sales"}',
      'PUT /api/v1/queue/conversations/k1/priority {"priority":"URGENT"}',
      'GET /api/v1/queue/conversations/k1/assignments',
      'PUT /api/v1/agents/b2 {"departments":["sales"],"skills":["german"]}',
      'GET /api/v1/customers/cust1',
      'PUT /api/v1/customers/cust1 {"vip":true,"attributes":{"plan":"gold"}}',
    ]);
    expect(new Set(calls.map((c) => c.auth))).toEqual(new Set(['Bearer a1']));
    expect(calls.find((c) => c.path.endsWith('/take'))?.contentType).toBeNull();
    expect(calls.find((c) => c.path.endsWith('/assign'))?.contentType).toBe('application/json');
  });

  it('returns the parsed answers', async () => {
    const decision = {
      at: '2026-11-25T12:00:00Z',
      kind: 'AUTOMATIC',
      agentId: 'b1',
      previousAgentId: null,
      rulesVersion: 2,
      matchedRules: ['refunds are billing'],
      strategy: 'MOST_SPARE_CAPACITY',
      department: 'sales',
      priority: 'HIGH',
      effectivePriority: 2,
      vip: false,
      candidates: [{ agentId: 'b2', eligible: false, reason: 'AT_CAPACITY', spare: 0, score: null }],
    };
    const { routing: api } = routing((c) =>
      c.path.endsWith('/assignments') ? json(200, [decision]) : json(204),
    );
    await expect(api.assignments('k1')).resolves.toEqual([decision]);
    await expect(api.assign('k1', 'b1')).resolves.toBeUndefined();
  });

  it('refreshes once on a 401 and retries with the new token', async () => {
    const refreshed: TokenResponse = {
      accessToken: 'a2',
      refreshToken: 'r2',
      tokenType: 'Bearer',
      expiresIn: 900,
      userId: 'u1',
      roles: ['AGENT'],
    };
    const {
      routing: api,
      calls,
      store,
    } = routing((c) => {
      if (c.path === '/api/v1/auth/refresh') {
        return json(200, refreshed);
      }
      return c.auth === 'Bearer a2'
        ? json(200, [])
        : json(401, { status: 401, detail: 'access token expired' });
    });
    await expect(api.availableChats()).resolves.toEqual([]);
    expect(calls.map((c) => `${c.path} ${c.auth}`)).toEqual([
      '/api/v1/queue/available Bearer a1',
      '/api/v1/auth/refresh null',
      '/api/v1/queue/available Bearer a2',
    ]);
    expect(store.get()?.refreshToken).toBe('r2');
  });

  it('throws the problem detail of a refusal, e.g. why an agent cannot take a conversation', async () => {
    const { routing: api } = routing(() =>
      json(409, { title: 'Conflict', status: 409, detail: 'you are at capacity (3 of 3)' }),
    );
    const error = await api.take('k1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, detail: 'you are at capacity (3 of 3)' });
  });

  it('reports a network failure as status 0', async () => {
    const store = new MemoryTokenStore(tokens(1));
    const fetch = () => Promise.reject(new TypeError('fetch failed'));
    const api = new RoutingApi({
      baseUrl: '',
      auth: new ParleyApi({ baseUrl: '', tokens: store, fetch, now: () => NOW }),
      fetch,
    });
    await expect(api.queueAgents()).rejects.toMatchObject({ status: 0, isNetworkError: true });
  });

  it('answers validation with the errors of a 400 problem instead of throwing', async () => {
    const errors = [
      { path: 'departments.sales.overflow.to', message: 'unknown department "salez"' },
      { path: 'rules[0].then.priority', message: 'unknown priority "HUGE"' },
    ];
    const { routing: api, calls } = routing((c) =>
      (c.body as { vipPriority?: string }).vipPriority === 'URGENT'
        ? json(200, { valid: true, errors: [] })
        : json(400, { title: 'Bad Request', status: 400, detail: 'the rule set is not valid', errors }),
    );
    await expect(api.validateRules({ vipPriority: 'URGENT' })).resolves.toEqual({ valid: true, errors: [] });
    await expect(api.validateRules({ vipPriority: 'LOW' })).resolves.toEqual({ valid: false, errors });
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /api/v1/queue/rules/validate',
      'POST /api/v1/queue/rules/validate',
    ]);
  });

  it('throws validation failures that carry no errors (e.g. 403)', async () => {
    const { routing: api } = routing(() => json(403, { status: 403, detail: 'Access Denied' }));
    await expect(api.validateRules({})).rejects.toMatchObject({ status: 403 });
  });
});

describe('ruleErrorsOf', () => {
  it('reads the errors of a 400 problem and nothing else', () => {
    const problem = {
      status: 400,
      detail: 'bad',
      errors: [{ path: 'aging', message: 'must be ≥ 10' }, 'junk'],
    };
    expect(ruleErrorsOf(new ApiError(400, 'bad', problem))).toEqual([
      { path: 'aging', message: 'must be ≥ 10' },
    ]);
    expect(ruleErrorsOf(new ApiError(409, 'bad', problem))).toEqual([]);
    expect(ruleErrorsOf(new ApiError(400, 'bad', { detail: 'malformed JSON' }))).toEqual([]);
    expect(ruleErrorsOf(new Error('x'))).toEqual([]);
  });
});

describe('transferBody', () => {
  it('names one target and keeps a note that is not blank', () => {
    expect(transferBody({ toAgentId: ' b2 ', note: '  see order 1234 ' })).toEqual({
      toAgentId: 'b2',
      note: 'see order 1234',
    });
    expect(transferBody({ toDepartment: 'sales', note: '   ' })).toEqual({ toDepartment: 'sales' });
  });

  it('refuses no target, two targets and a note over 1000 characters, before any request', async () => {
    expect(() => transferBody({ toAgentId: '  ' })).toThrow(RangeError);
    expect(() => transferBody({ toAgentId: 'b2', toDepartment: 'sales' })).toThrow('exactly one target');
    expect(() =>
      transferBody({ toDepartment: 'sales', note: 'x'.repeat(MAX_TRANSFER_NOTE_LENGTH + 1) }),
    ).toThrow('note longer than 1000 characters');
    expect(
      transferBody({ toDepartment: 'sales', note: 'x'.repeat(MAX_TRANSFER_NOTE_LENGTH) }).note,
    ).toHaveLength(1000);
    const { routing: api, calls } = routing(() => json(200, {}));
    await expect(api.transfer('k1', { toAgentId: '' })).rejects.toThrow(RangeError);
    expect(calls).toEqual([]);
  });
});

describe('agentBlocker', () => {
  const bob: LiveQueueAgent = {
    agentId: 'b2',
    displayName: 'Bob',
    status: 'ONLINE',
    capacity: 3,
    active: 1,
    departments: ['sales'],
    skills: ['english', 'german'],
  };
  const sales = { department: 'sales', skills: ['german'] };

  it('lets an online agent of the department with the skills and a free slot take it', () => {
    expect(agentBlocker(bob, sales)).toBeNull();
    expect(agentBlocker({ ...bob, departments: [] }, { department: null })).toBeNull();
  });

  it('gives the server reason codes in the server order', () => {
    expect(agentBlocker({ ...bob, status: 'AWAY', active: 3 }, sales)).toBe('AWAY');
    expect(agentBlocker({ ...bob, status: 'OFFLINE' }, sales)).toBe('OFFLINE');
    expect(agentBlocker({ ...bob, active: 3, departments: [] }, sales)).toBe('AT_CAPACITY');
    expect(agentBlocker(bob, { department: 'support', skills: [] })).toBe('NOT_IN_DEPARTMENT');
    expect(agentBlocker(bob, { department: 'sales', skills: ['german', 'billing'] })).toBe(
      'MISSING_SKILL billing',
    );
  });
});
