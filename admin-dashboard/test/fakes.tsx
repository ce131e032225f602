import {
  MemoryTokenStore,
  ParleyClient,
  RoutingApi,
  StaffApi,
  type Agent,
  type AgentPresence,
  type Conversation,
  type ConversationEvent,
  type Role,
  type StompTransport,
} from '@parley/client-sdk';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ParleyProvider } from '../src/parley.tsx';

export const SELF = '00000000-0000-0000-0000-00000000b003';
export const CUSTOMER_A = 'aaaaaaaa-0000-4000-8000-000000000001';
export const CUSTOMER_B = 'bbbbbbbb-0000-4000-8000-000000000002';
export const CONV_A = 'c0000000-0000-4000-8000-00000000000a';
export const CONV_B = 'c0000000-0000-4000-8000-00000000000b';

export function at(seq: number): string {
  return new Date(Date.UTC(2026, 10, 25, 12, 0, seq)).toISOString();
}

export function conversation(id: string, customerId: string, over: Partial<Conversation> = {}): Conversation {
  return {
    id,
    customerId,
    agentId: SELF,
    agentName: 'Carol',
    department: 'support',
    status: 'ACTIVE',
    lastSeq: 0,
    createdAt: at(1),
    assignedAt: at(2),
    endedAt: null,
    ...over,
  };
}

export function customerMessage(conversationId: string, customerId: string, seq: number, text: string) {
  return event(conversationId, seq, {
    type: 'MESSAGE',
    senderId: customerId,
    senderRole: 'CUSTOMER',
    text,
    clientMessageId: `cm-${conversationId}-${seq}`,
  });
}

export function assignedEvent(conversationId: string, seq: number): ConversationEvent {
  return event(conversationId, seq, {
    type: 'ASSIGNED',
    senderId: 'system',
    senderRole: 'SYSTEM',
    agentId: SELF,
    agentName: 'Carol',
  });
}

function event(conversationId: string, seq: number, over: Partial<ConversationEvent>): ConversationEvent {
  return {
    conversationId,
    seq,
    type: 'MESSAGE',
    id: `e-${conversationId}-${seq}`,
    senderId: SELF,
    senderRole: 'AGENT',
    text: null,
    clientMessageId: null,
    agentId: null,
    agentName: null,
    at: at(seq),
    ...over,
  };
}

export const carol: Agent = {
  id: SELF,
  email: 'carol@parley.local',
  displayName: 'Carol',
  departments: ['support'],
  status: 'OFFLINE',
  capacity: 3,
};

export interface Call {
  method: string;
  path: string;
  body: unknown;
  /** The query string's parameters, only when there is one. */
  query?: Record<string, string>;
}

type Handler = (call: Call) => { status: number; body?: unknown } | undefined;

/**
 * A gateway stand-in: `handle` answers a request (or undefined for 404); every call is recorded.
 * Paths are matched without the query string, which is parsed into `query`.
 */
export class FakeGateway {
  readonly calls: Call[] = [];
  conversations: Conversation[] = [];
  events: Record<string, ConversationEvent[]> = {};
  agent: Agent = { ...carol };
  /** `GET /api/v1/presence/agents`. */
  presence: AgentPresence[] = [];
  handlers: Handler[] = [];

  readonly fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const call: Call = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      ...(url.search ? { query: Object.fromEntries(url.searchParams) } : {}),
    };
    this.calls.push(call);
    const answer = this.handlers.map((h) => h(call)).find((a) => a !== undefined) ?? this.answer(call, url);
    const response = new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: {
        'Content-Type': answer.status >= 400 ? 'application/problem+json' : 'application/json',
      },
    });
    return Promise.resolve(response);
  };

  private answer(call: Call, url: URL): { status: number; body?: unknown } {
    const p = call.path;
    if (call.method === 'GET' && p === '/api/v1/conversations') {
      return { status: 200, body: this.conversations };
    }
    const eventsMatch = /^\/api\/v1\/conversations\/([^/]+)\/events$/.exec(p);
    if (call.method === 'GET' && eventsMatch) {
      const after = Number(url.searchParams.get('afterSeq') ?? 0);
      return { status: 200, body: (this.events[eventsMatch[1]!] ?? []).filter((e) => e.seq > after) };
    }
    const oneMatch = /^\/api\/v1\/conversations\/([^/]+)$/.exec(p);
    if (call.method === 'GET' && oneMatch) {
      const found = this.conversations.find((c) => c.id === oneMatch[1]);
      return found ? { status: 200, body: found } : notFound();
    }
    if (call.method === 'GET' && p === '/api/v1/presence/agents') {
      return { status: 200, body: this.presence };
    }
    if (call.method === 'GET' && p === '/api/v1/agents/me') {
      return { status: 200, body: this.agent };
    }
    // Routing defaults: nothing to take, queue-service's view of a conversation, customers not VIP.
    if (call.method === 'GET' && p === '/api/v1/queue/available') {
      return { status: 200, body: [] };
    }
    const queueMatch = /^\/api\/v1\/queue\/conversations\/([^/]+)$/.exec(p);
    if (call.method === 'GET' && queueMatch) {
      const found = this.conversations.find((c) => c.id === queueMatch[1]);
      return found ? { status: 200, body: queueDetails(found) } : notFound();
    }
    const customerMatch = /^\/api\/v1\/customers\/([^/]+)$/.exec(p);
    if (call.method === 'GET' && customerMatch) {
      return {
        status: 200,
        body: { customerId: customerMatch[1], vip: false, attributes: {}, updatedAt: null },
      };
    }
    if (call.method === 'PUT' && p === '/api/v1/agents/me/status') {
      const body = call.body as { status: Agent['status']; capacity?: number };
      this.agent = { ...this.agent, status: body.status, capacity: body.capacity ?? this.agent.capacity };
      return { status: 200, body: this.agent };
    }
    return notFound();
  }

  /** Stores the conversations and their events (lastSeq follows the events). */
  seed(entries: Array<{ conversation: Conversation; events: ConversationEvent[] }>): void {
    this.conversations = entries.map((e) => ({ ...e.conversation, lastSeq: e.events.at(-1)?.seq ?? 0 }));
    this.events = Object.fromEntries(entries.map((e) => [e.conversation.id, e.events]));
  }
}

/** queue-service's view of a chat-service conversation. */
export function queueDetails(c: Conversation) {
  return {
    conversationId: c.id,
    status: c.status === 'QUEUED' ? 'WAITING' : c.status === 'ACTIVE' ? 'ASSIGNED' : 'ENDED',
    position: null,
    agentId: c.agentId,
    department: c.department,
    priority: c.priority ?? null,
    estimatedWaitSeconds: null,
    offerLeaveMessage: false,
  };
}

/** A problem+json answer, e.g. `problem(409, 'Bob is at capacity')`. */
export function problem(status: number, detail: string, extra: Record<string, unknown> = {}) {
  return { status, body: { title: 'Problem', status, detail, ...extra } };
}

function notFound() {
  return { status: 404, body: { title: 'Not Found', status: 404, detail: 'not found' } };
}

/** A STOMP transport that never connects (the connection stays "connecting"). */
export const silentTransport: StompTransport = {
  open: () => ({ send: () => undefined, close: () => undefined }),
};

/** The gateway each test client talks to, so renderWith can give the routing calls the same one. */
const gateways = new WeakMap<ParleyClient, FakeGateway>();

export function newClient(
  gateway: FakeGateway,
  signedIn = true,
  transport: StompTransport = silentTransport,
  roles: Role[] = ['AGENT'],
): ParleyClient {
  const tokens = new MemoryTokenStore(
    signedIn
      ? {
          accessToken: 'access',
          refreshToken: 'refresh',
          expiresAt: Date.now() + 3_600_000,
          userId: SELF,
          roles,
        }
      : null,
  );
  const client = new ParleyClient({
    baseUrl: 'http://gateway.test',
    fetch: gateway.fetch,
    transport,
    tokenStore: tokens,
  });
  gateways.set(client, gateway);
  return client;
}

export function routingFor(client: ParleyClient): RoutingApi {
  const gateway = gateways.get(client);
  if (!gateway) {
    throw new Error('routingFor: a client made by newClient');
  }
  return new RoutingApi({ baseUrl: 'http://gateway.test', fetch: gateway.fetch, auth: client.api });
}

export function staffFor(client: ParleyClient): StaffApi {
  const gateway = gateways.get(client);
  if (!gateway) {
    throw new Error('staffFor: a client made by newClient');
  }
  return new StaffApi({ baseUrl: 'http://gateway.test', fetch: gateway.fetch, auth: client.api });
}

/** Renders with the SDK client, a fresh query cache and an in-memory router at `path`. */
export function renderWith(
  client: ParleyClient,
  ui: ReactNode,
  { path = '/', routes }: { path?: string; routes?: ReactNode } = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <ParleyProvider client={client} routing={routingFor(client)} staff={staffFor(client)}>
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[path]}>{routes ? <Routes>{routes}</Routes> : ui}</MemoryRouter>
      </QueryClientProvider>
    </ParleyProvider>,
  );
}

export { Route };

/** A STOMP transport the test drives: `connect()` goes live, `push` delivers a frame body. */
export class ScriptedTransport implements StompTransport {
  private request: Parameters<StompTransport['open']>[0] | null = null;
  /** Every SEND frame, body parsed. */
  readonly sent: Array<{ destination: string; body: unknown }> = [];

  open(request: Parameters<StompTransport['open']>[0]) {
    this.request = request;
    return {
      send: (destination: string, body: string) =>
        void this.sent.push({ destination, body: JSON.parse(body) }),
      close: () => undefined,
    };
  }

  /** The bodies sent to destinations ending with `suffix` (e.g. `/receipts`). */
  sentTo(suffix: string): unknown[] {
    return this.sent.filter((f) => f.destination.endsWith(suffix)).map((f) => f.body);
  }

  connect(): void {
    this.request?.onConnected();
  }

  push(destination: string, body: unknown): void {
    this.request?.onMessage(destination, JSON.stringify(body));
  }
}
