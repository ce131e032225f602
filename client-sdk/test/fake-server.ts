import type {
  Conversation,
  ConversationEvent,
  MessageAck,
  QueuePosition,
  QueuePositionUpdate,
  Role,
  SendMessage,
  StartConversationRequest,
  TokenResponse,
} from '../src/contract.ts';
import type { OpenRequest, StompSession, StompTransport } from '../src/transport.ts';

/**
 * An in-memory Parley for the SDK's own tests: the REST endpoints the SDK calls (as a fetch function) and a
 * STOMP transport whose sockets store sends, ack them and fan events out, like chat-service does.
 */
export const AGENT_ID = '00000000-0000-0000-0000-00000000b003';

interface Stored {
  conversation: Conversation;
  events: ConversationEvent[];
  acks: Map<string, MessageAck>;
  nextSeq: number;
}

interface Access {
  userId: string;
  roles: Role[];
  valid: boolean;
}

export class FakeParley {
  readonly conversations = new Map<string, Stored>();
  readonly access = new Map<string, Access>();
  readonly refreshTokens = new Map<string, { userId: string; roles: Role[] }>();
  readonly sockets: FakeSocket[] = [];
  readonly requests: string[] = [];
  /** The bodies of `POST /conversations`, in order. */
  readonly starts: StartConversationRequest[] = [];
  /** Live events are lost on the way (Redis pub/sub dropped them). */
  dropLive = false;
  /** Every CONNECT is refused as if the token were bad. */
  refuseConnect = false;
  /** Sockets store SENDs but send no ack (the socket dies first). */
  withholdAcks = false;
  /** SENDs are lost before the server reads them. */
  loseSends = false;
  /** A buggy server: staff-only notes also reach the customer (live and in the history). */
  leakNotes = false;
  /** What `GET /queue/conversations/{id}` answers for a waiting conversation. */
  waiting: Pick<QueuePosition, 'position' | 'estimatedWaitSeconds' | 'offerLeaveMessage'> = {
    position: 1,
    estimatedWaitSeconds: null,
    offerLeaveMessage: false,
  };
  refreshes = 0;
  /** Every signal frame (receipts, reactions, typing) as received: `kind conversation body`. */
  readonly signals: Array<{ kind: string; conversationId: string; body: Record<string, unknown> }> = [];
  /** Multipart uploads received (field names and the file's name and size). */
  readonly uploads: Array<{ conversationId: string; name: string; size: number }> = [];
  /** What `GET /queue/availability` answers. */
  availability = { available: true, agentsOnline: 2, estimatedWaitSeconds: 120 };
  /** Largest upload accepted (413 above). */
  maxUploadBytes = 1000;
  private counter = 0;

  // --- REST

  fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    await Promise.resolve();
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const method = init?.method ?? 'GET';
    const path = url.pathname;
    this.requests.push(`${method} ${path}${url.search}`);
    const body: unknown =
      typeof init?.body === 'string'
        ? JSON.parse(init.body)
        : init?.body instanceof FormData
          ? init.body
          : undefined;
    if (path === '/api/v1/auth/guest') {
      return json(201, this.issue(this.id('guest'), ['GUEST']));
    }
    if (path === '/api/v1/auth/login') {
      return json(200, this.issue(AGENT_ID, ['AGENT']));
    }
    if (path === '/api/v1/auth/refresh') {
      const old = this.refreshTokens.get((body as { refreshToken: string }).refreshToken);
      if (!old) {
        return problem(401, 'refresh token is not valid');
      }
      this.refreshes++;
      this.refreshTokens.delete((body as { refreshToken: string }).refreshToken);
      return json(200, this.issue(old.userId, old.roles));
    }
    if (path === '/api/v1/auth/logout') {
      return new Response(null, { status: 204 });
    }
    if (path === '/api/v1/auth/customer') {
      const request = body as { externalId: string; signature: string };
      return request.signature === `signed:${request.externalId}`
        ? json(201, this.issue(`customer-${request.externalId}`, ['CUSTOMER']))
        : problem(401, 'signature does not match');
    }
    const bearer = new Headers(init?.headers).get('Authorization')?.replace('Bearer ', '') ?? '';
    const caller = this.access.get(bearer);
    if (!caller?.valid) {
      return problem(401, 'access token expired');
    }
    return this.route(method, path, url.searchParams, body, caller);
  };

  private route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    caller: Access,
  ): Response {
    const user = caller.userId;
    if (path === '/api/v1/conversations' && method === 'GET') {
      return json(
        200,
        [...this.conversations.values()].filter((s) => this.sees(s, user)).map((s) => s.conversation),
      );
    }
    if (path === '/api/v1/conversations' && method === 'POST') {
      const request = body as StartConversationRequest;
      this.starts.push(request);
      const existing = [...this.conversations.values()].find(
        (s) => s.conversation.customerId === user && s.acks.has(request.clientMessageId),
      );
      if (existing) {
        return json(200, existing.conversation);
      }
      const stored = this.create(user, request.department ?? 'support');
      const { customerName, customerEmail, platform, pageUrl, userAgent, priority, skills } = request;
      Object.assign(stored.conversation, {
        customerName,
        customerEmail,
        platform: platform ?? 'web',
        pageUrl,
        userAgent,
        priority: priority ?? null,
        skills: [...new Set((skills ?? []).map((skill) => skill.toLowerCase()))],
      });
      this.storeMessage(user, stored.conversation.id, request);
      return json(201, stored.conversation);
    }
    if (path === '/api/v1/agents/me') {
      return json(200, this.agent('OFFLINE', 3));
    }
    if (path === '/api/v1/agents/me/status') {
      const request = body as { status: 'ONLINE'; capacity?: number };
      return json(200, this.agent(request.status, request.capacity ?? 3));
    }
    if (path === '/api/v1/queue/availability') {
      return json(200, { department: query.get('department'), ...this.availability });
    }
    if (path === '/api/v1/files' && method === 'POST') {
      const form = body as FormData;
      const file = form.get('file') as File;
      const conversationId = form.get('conversationId') as string;
      if (file.size > this.maxUploadBytes) {
        return problem(413, 'file larger than 1000 bytes');
      }
      if (!file.type.startsWith('image/') && file.type !== 'application/pdf') {
        return problem(415, `file type ${file.type || 'application/octet-stream'} is not allowed`);
      }
      this.uploads.push({ conversationId, name: file.name, size: file.size });
      const image = file.type.startsWith('image/');
      return json(201, {
        id: this.id('file'),
        conversationId,
        uploaderId: user,
        name: file.name,
        contentType: file.type,
        size: file.size,
        kind: image ? 'IMAGE' : 'PDF',
        width: image ? 10 : null,
        height: image ? 10 : null,
        hasThumbnail: image,
        createdAt: this.now(),
      });
    }
    const link = /^\/api\/v1\/files\/([^/]+)\/links$/.exec(path);
    if (link) {
      const variant = (body as { variant: string }).variant;
      return json(200, {
        url: `http://gateway.test/files/${link[1]}/${variant}?expires=1&sig=${this.id('sig')}`,
        expiresAt: new Date(Date.now() + 300_000).toISOString(),
      });
    }
    const queue = /^\/api\/v1\/queue\/conversations\/([^/]+)$/.exec(path);
    if (queue) {
      const answer: QueuePosition = {
        conversationId: queue[1]!,
        status: 'WAITING',
        agentId: null,
        ...this.waiting,
      };
      return json(200, answer);
    }
    const match = /^\/api\/v1\/conversations\/([^/]+)(\/events|\/end|\/reopen)?$/.exec(path);
    const stored = match ? this.conversations.get(match[1]!) : undefined;
    if (!match || !stored || !this.sees(stored, user)) {
      return problem(404, 'conversation not found');
    }
    if (match[2] === '/events') {
      const after = Number(query.get('afterSeq') ?? 0);
      const limit = Number(query.get('limit') ?? 500);
      const visible = stored.events.filter(
        (e) => e.type !== 'NOTE' || this.leakNotes || user !== stored.conversation.customerId,
      );
      return json(200, visible.filter((e) => e.seq > after).slice(0, limit));
    }
    if (match[2] === '/end') {
      this.end(stored.conversation.id, user);
    }
    if (match[2] === '/reopen') {
      if (stored.conversation.status !== 'ENDED') {
        return problem(409, 'conversation is not ended');
      }
      this.reopen(stored.conversation.id, user);
    }
    return json(200, stored.conversation);
  }

  // --- what happens on the server side

  create(customerId: string, department = 'support'): Stored {
    const id = this.id('conv');
    const stored: Stored = {
      conversation: {
        id,
        customerId,
        agentId: null,
        agentName: null,
        department,
        status: 'QUEUED',
        lastSeq: 0,
        createdAt: this.now(),
        assignedAt: null,
        endedAt: null,
      },
      events: [],
      acks: new Map(),
      nextSeq: 1,
    };
    this.conversations.set(id, stored);
    return stored;
  }

  /** Stores a message like chat-service: idempotent on clientMessageId, refused once ended. */
  storeMessage(senderId: string, conversationId: string, message: SendMessage): MessageAck {
    const stored = this.conversations.get(conversationId);
    if (!stored) {
      throw new Error('conversation not found');
    }
    const repeat = stored.acks.get(message.clientMessageId);
    if (repeat) {
      return repeat;
    }
    if (stored.conversation.status === 'ENDED') {
      throw new Error('conversation has ended');
    }
    const event = this.append(stored, {
      type: 'MESSAGE',
      senderId,
      senderRole: senderId === stored.conversation.customerId ? 'CUSTOMER' : 'AGENT',
      text: message.text,
      clientMessageId: message.clientMessageId,
      agentId: null,
      agentName: null,
    });
    const ack = {
      conversationId,
      clientMessageId: message.clientMessageId,
      messageId: event.id,
      seq: event.seq,
    };
    stored.acks.set(message.clientMessageId, ack);
    return ack;
  }

  /** Someone else writes (e.g. the agent in their dashboard). */
  post(conversationId: string, senderId: string, text: string): ConversationEvent {
    this.storeMessage(senderId, conversationId, { clientMessageId: this.id('cmid'), text });
    return this.conversations.get(conversationId)!.events.at(-1)!;
  }

  assign(conversationId: string, agentId = AGENT_ID, agentName = 'Carol'): ConversationEvent {
    const stored = this.conversations.get(conversationId)!;
    Object.assign(stored.conversation, { agentId, agentName, status: 'ACTIVE', assignedAt: this.now() });
    return this.append(stored, {
      type: 'ASSIGNED',
      senderId: 'system',
      senderRole: 'SYSTEM',
      text: `${agentName} joined`,
      clientMessageId: null,
      agentId,
      agentName,
    });
  }

  end(conversationId: string, by: string): ConversationEvent {
    const stored = this.conversations.get(conversationId)!;
    if (stored.conversation.status === 'ENDED') {
      return stored.events.find((e) => e.type === 'ENDED')!;
    }
    Object.assign(stored.conversation, { status: 'ENDED', endedAt: this.now() });
    const { agentId, agentName } = stored.conversation;
    const role = by === stored.conversation.customerId ? 'CUSTOMER' : 'AGENT';
    return this.append(stored, {
      type: 'ENDED',
      senderId: by,
      senderRole: role,
      text: 'ended',
      clientMessageId: null,
      agentId,
      agentName,
    });
  }

  /** Its customer reopens an ENDED conversation: back in line. */
  reopen(conversationId: string, by: string): ConversationEvent {
    const stored = this.conversations.get(conversationId)!;
    Object.assign(stored.conversation, {
      status: 'QUEUED',
      agentId: null,
      agentName: null,
      assignedAt: null,
      endedAt: null,
    });
    return this.append(stored, {
      type: 'REOPENED',
      senderId: by,
      senderRole: 'CUSTOMER',
      text: 'reopened',
      clientMessageId: null,
      agentId: null,
      agentName: null,
    });
  }

  /** A cumulative receipt like chat-service: stored as a RECEIPT event only when it advances. */
  receipt(conversationId: string, by: string, status: 'DELIVERED' | 'READ', upToSeq: number): void {
    const stored = this.conversations.get(conversationId)!;
    const role = by === stored.conversation.customerId ? 'CUSTOMER' : 'AGENT';
    const mine = stored.events.filter((e) => e.type === 'RECEIPT' && e.senderRole === role);
    const best = (s: string) =>
      Math.max(
        0,
        ...mine.filter((e) => s === 'DELIVERED' || e.receiptStatus === s).map((e) => e.upToSeq ?? 0),
      );
    if (upToSeq <= best(status)) {
      return;
    }
    this.append(stored, {
      type: 'RECEIPT',
      senderId: by,
      senderRole: role,
      text: null,
      clientMessageId: null,
      agentId: null,
      agentName: null,
      receiptStatus: status,
      upToSeq,
    });
  }

  /** A reaction like chat-service: idempotent per user, message and emoji. */
  reaction(conversationId: string, by: string, targetSeq: number, emoji: string, op: 'ADD' | 'REMOVE'): void {
    const stored = this.conversations.get(conversationId)!;
    const has =
      stored.events
        .filter(
          (e) => e.type === 'REACTION' && e.senderId === by && e.targetSeq === targetSeq && e.emoji === emoji,
        )
        .at(-1)?.op === 'ADD';
    if (has === (op === 'ADD')) {
      return;
    }
    this.append(stored, {
      type: 'REACTION',
      senderId: by,
      senderRole: by === stored.conversation.customerId ? 'CUSTOMER' : 'AGENT',
      text: null,
      clientMessageId: null,
      agentId: null,
      agentName: null,
      targetSeq,
      emoji,
      op,
    });
  }

  /** A TYPING push to the other participants (never stored). */
  typing(conversationId: string, userId: string, typing: boolean): void {
    const { customerId, agentId } = this.conversations.get(conversationId)!.conversation;
    for (const socket of this.liveSockets().filter((s) => s.userId !== userId)) {
      if (socket.userId === customerId || socket.userId === agentId) {
        socket.deliver('/user/queue/events', {
          type: 'TYPING',
          conversationId,
          userId,
          role: userId === customerId ? 'CUSTOMER' : 'AGENT',
          typing,
          at: this.now(),
          expiresInMs: 6000,
        });
      }
    }
  }

  /** Delivers an already stored event live once more (Redis fan-out and gap repair overlapping). */
  redeliver(event: ConversationEvent): void {
    const { customerId, agentId } = this.conversations.get(event.conversationId)!.conversation;
    for (const socket of this.liveSockets()) {
      if (socket.userId === customerId || socket.userId === agentId) {
        socket.deliver('/user/queue/events', event);
      }
    }
  }

  /** The agent hands the conversation to a department with a note for the next agent (notes: staff only). */
  transferToDepartment(conversationId: string, department: string, noteText: string): void {
    const stored = this.conversations.get(conversationId)!;
    const by = stored.conversation.agentId ?? AGENT_ID;
    this.append(stored, {
      type: 'TRANSFERRED',
      senderId: by,
      senderRole: 'AGENT',
      text: `Transferring you to the ${department} team`,
      clientMessageId: null,
      agentId: null,
      agentName: null,
      department,
    });
    this.append(
      stored,
      {
        type: 'NOTE',
        senderId: by,
        senderRole: 'AGENT',
        text: noteText,
        clientMessageId: null,
        agentId: null,
        agentName: null,
        department: null,
      },
      by,
    );
    Object.assign(stored.conversation, { status: 'QUEUED', agentId: null, agentName: null, department });
  }

  /** queue-service's position update, pushed to the waiting customer only. */
  pushPosition(
    conversationId: string,
    update: Omit<QueuePositionUpdate, 'type' | 'conversationId' | 'at'>,
  ): void {
    const customerId = this.conversations.get(conversationId)!.conversation.customerId;
    const payload: QueuePositionUpdate = {
      type: 'QUEUE_POSITION',
      conversationId,
      at: this.now(),
      ...update,
    };
    for (const socket of this.liveSockets().filter((s) => s.userId === customerId)) {
      socket.deliver('/user/queue/events', payload);
    }
  }

  /** A seq reserved and never stored (a crash between the two). */
  skipSeq(conversationId: string): void {
    this.conversations.get(conversationId)!.nextSeq++;
  }

  /** Access tokens stop working (expired); refresh tokens still do. */
  expireAccessTokens(): void {
    for (const access of this.access.values()) {
      access.valid = false;
    }
  }

  timeline(conversationId: string): ConversationEvent[] {
    return this.conversations.get(conversationId)!.events;
  }

  liveSockets(): FakeSocket[] {
    return this.sockets.filter((s) => s.connected && !s.closed);
  }

  transport: StompTransport = { open: (request) => this.openSocket(request) };

  private openSocket(request: OpenRequest): FakeSocket {
    const socket = new FakeSocket(this, request);
    this.sockets.push(socket);
    queueMicrotask(() => socket.handshake());
    return socket;
  }

  /** Stores an event and delivers it live to the customer and the agent (a NOTE to the staff member `staff`). */
  private append(
    stored: Stored,
    fields: Omit<ConversationEvent, 'conversationId' | 'seq' | 'id' | 'at'>,
    staff?: string,
  ): ConversationEvent {
    const seq = stored.nextSeq++;
    const event: ConversationEvent = {
      conversationId: stored.conversation.id,
      seq,
      id: this.id('event'),
      at: this.now(),
      ...fields,
    };
    stored.events.push(event);
    stored.conversation.lastSeq = seq;
    if (!this.dropLive) {
      const { customerId, agentId } = stored.conversation;
      const toCustomer = fields.type !== 'NOTE' || this.leakNotes;
      for (const socket of this.liveSockets()) {
        if ((toCustomer && socket.userId === customerId) || socket.userId === (staff ?? agentId)) {
          socket.deliver('/user/queue/events', event);
        }
      }
    }
    return event;
  }

  private sees(stored: Stored, user: string): boolean {
    return stored.conversation.customerId === user || stored.conversation.agentId === user;
  }

  private issue(userId: string, roles: Role[]): TokenResponse {
    const n = ++this.counter;
    const response: TokenResponse = {
      accessToken: `access-${n}`,
      refreshToken: `refresh-${n}`,
      tokenType: 'Bearer',
      expiresIn: 900,
      userId,
      roles,
    };
    this.access.set(response.accessToken, { userId, roles, valid: true });
    this.refreshTokens.set(response.refreshToken, { userId, roles });
    return response;
  }

  private agent(status: string, capacity: number) {
    return {
      id: AGENT_ID,
      email: 'carol@parley.local',
      displayName: 'Carol',
      departments: ['support'],
      status,
      capacity,
    };
  }

  private id(prefix: string): string {
    return `${prefix}-${++this.counter}`;
  }

  private now(): string {
    return new Date(Date.UTC(2026, 10, 25, 12, 0, 0, ++this.counter)).toISOString();
  }
}

/** One client socket as chat-service sees it. */
export class FakeSocket implements StompSession {
  connected = false;
  closed = false;
  userId: string | null = null;
  readonly sends: Array<{ destination: string; body: SendMessage; headers: Record<string, string> }> = [];

  constructor(
    private readonly server: FakeParley,
    readonly request: OpenRequest,
  ) {}

  handshake(): void {
    if (this.closed) {
      return;
    }
    const token = this.request.connectHeaders.Authorization?.replace('Bearer ', '') ?? '';
    const access = this.server.access.get(token);
    if (this.server.refuseConnect || !access?.valid) {
      this.fail(access ? 'access token expired' : 'invalid access token');
      return;
    }
    this.userId = access.userId;
    this.connected = true;
    this.request.onConnected();
  }

  send(destination: string, body: string, headers: Record<string, string> = {}): void {
    const signal = /^\/app\/conversations\/([^/]+)\/(receipts|reactions|typing)$/.exec(destination);
    if (signal) {
      this.signal(signal[2]!, signal[1]!, JSON.parse(body) as Record<string, unknown>);
      return;
    }
    const message = JSON.parse(body) as SendMessage;
    this.sends.push({ destination, body: message, headers });
    if (this.server.loseSends) {
      return;
    }
    const conversationId = /^\/app\/conversations\/([^/]+)\/messages$/.exec(destination)?.[1] ?? '';
    queueMicrotask(() => {
      if (this.closed) {
        return;
      }
      let ack: MessageAck;
      try {
        ack = this.server.storeMessage(this.userId!, conversationId, message);
      } catch (error) {
        this.fail((error as Error).message, headers.receipt ?? null);
        return;
      }
      if (!this.server.withholdAcks) {
        this.deliver('/user/queue/acks', ack);
      }
    });
  }

  private signal(kind: string, conversationId: string, body: Record<string, unknown>): void {
    this.server.signals.push({ kind, conversationId, body });
    if (this.server.loseSends) {
      return;
    }
    queueMicrotask(() => {
      if (this.closed) {
        return;
      }
      if (kind === 'receipts') {
        this.server.receipt(conversationId, this.userId!, body.status as 'READ', body.upToSeq as number);
      } else if (kind === 'reactions') {
        const { targetSeq, emoji, op } = body as { targetSeq: number; emoji: string; op: 'ADD' };
        this.server.reaction(conversationId, this.userId!, targetSeq, emoji, op);
      } else {
        this.server.typing(conversationId, this.userId!, body.typing === true);
      }
    });
  }

  deliver(subscription: string, payload: unknown): void {
    const body = JSON.stringify(payload);
    queueMicrotask(() => {
      if (!this.closed && this.request.subscriptions.includes(subscription)) {
        this.request.onMessage(subscription, body);
      }
    });
  }

  /** ERROR frame, then the server closes the socket (as Spring does). */
  fail(reason: string, receiptId: string | null = null): void {
    this.request.onError(reason, receiptId);
    this.drop();
  }

  /** The server or the network closes the socket. */
  drop(): void {
    if (!this.closed) {
      this.closed = true;
      this.request.onClosed('socket closed (1006)');
    }
  }

  /** The client closes it. */
  close(): void {
    this.closed = true;
  }

  sentIds(): string[] {
    return this.sends.map((s) => s.body.clientMessageId);
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function problem(status: number, detail: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}
