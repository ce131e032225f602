/**
 * The fleet's REST API through the gateway (docs/architecture.md), for what a test arranges or checks outside
 * the browser: agents' statuses, ending leftover conversations, and reading a conversation with a customer's
 * token.
 */
export const BASE_URL = (process.env.PARLEY_BASE_URL ?? 'http://localhost:8080').replace(/\/+$/, '');

export const DEMO_PASSWORD = 'parley-demo';
export const CAROL = { email: 'carol@parley.local', password: DEMO_PASSWORD, name: 'Carol Diaz' };
export const DAVE = { email: 'dave@parley.local', password: DEMO_PASSWORD };
export const ADMIN = { email: 'admin@parley.local', password: 'parley-admin' };
/** The department of every chat the tests start. Its agents are Carol, Dave and the admin: all controlled here. */
export const DEPARTMENT = 'support';

export type AgentStatus = 'ONLINE' | 'AWAY' | 'OFFLINE';

export interface Conversation {
  id: string;
  customerId: string;
  agentId: string | null;
  agentName: string | null;
  department: string;
  status: 'QUEUED' | 'ACTIVE' | 'ENDED';
}

export interface TimelineEvent {
  seq: number;
  type: string;
  senderId: string;
  text: string | null;
  clientMessageId: string | null;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    what: string,
  ) {
    super(`${what} answered ${status}: ${body}`);
  }
}

/** One REST call; the answer's JSON (or null for 204). Throws {@link HttpError} on a non-2xx answer. */
export async function call<T>(
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) {
    headers.authorization = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new HttpError(response.status, text, `${method} ${path}`);
  }
  return (text === '' ? null : JSON.parse(text)) as T;
}

/** The HTTP status of a GET with `token` (for checks that expect a refusal). */
export async function statusOf(path: string, token: string): Promise<number> {
  const response = await fetch(`${BASE_URL}${path}`, { headers: { authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  return response.status;
}

export async function login(account: { email: string; password: string }): Promise<string> {
  const tokens = await call<{ accessToken: string }>('POST', '/api/v1/auth/login', null, account);
  return tokens.accessToken;
}

export async function setStatus(token: string, status: AgentStatus, capacity?: number): Promise<void> {
  await call(
    'PUT',
    '/api/v1/agents/me/status',
    token,
    capacity === undefined ? { status } : { status, capacity },
  );
}

export function messages(token: string, conversationId: string): Promise<TimelineEvent[]> {
  return call<TimelineEvent[]>(
    'GET',
    `/api/v1/conversations/${conversationId}/messages?afterSeq=0&limit=1000`,
    token,
  );
}

/**
 * A clean desk for the next test: every support agent OFFLINE with capacity 3 (the seed's values), and every
 * conversation that is not ENDED ended by the admin (staff may end any): the newest ones listed, everyone still
 * waiting in the queue, and Carol's own. So nobody waits in the support lane and Carol carries no load. The
 * fleet's database outlives each test, so every test starts (and ends) here.
 */
export async function resetSupportDesk(): Promise<void> {
  const admin = await login(ADMIN);
  const carol = await login(CAROL);
  await setStatus(carol, 'OFFLINE', 3);
  await setStatus(await login(DAVE), 'OFFLINE', 3);
  await setStatus(admin, 'OFFLINE', 3);
  const open = new Set<string>();
  for (const token of [admin, carol]) {
    for (const c of await call<Conversation[]>('GET', '/api/v1/conversations?limit=200', token)) {
      if (c.status !== 'ENDED') {
        open.add(c.id);
      }
    }
  }
  const queue = await call<{ waiting: Array<{ conversationId: string }> }>('GET', '/api/v1/queue', admin);
  for (const waiting of queue.waiting) {
    open.add(waiting.conversationId);
  }
  for (const id of open) {
    await call('POST', `/api/v1/conversations/${id}/end`, admin);
  }
}
