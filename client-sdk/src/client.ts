import { ParleyApi } from './api.ts';
import { newUuid } from './uuid.ts';
import { Connection, type ConnectionHooks } from './connection.ts';
import {
  Destinations,
  MAX_ATTACHMENTS,
  MAX_TEXT_LENGTH,
  type Agent,
  type AgentStatus,
  type Attachment,
  type Availability,
  type Conversation,
  type ConversationEvent,
  type CustomerDetails,
  type CustomerIdentityRequest,
  type FileLink,
  type FileVariant,
  type FileView,
  type GuestRequest,
  type ReactionOp,
} from './contract.ts';
import type { UploadOptions } from './api.ts';
import { messageReactions } from './conversations.ts';
import { SIGNAL_RECEIPT_PREFIXES, Signals } from './signals.ts';
import type { TypingSenderOptions } from './typing.ts';
import { conversationsReducer, initialConversationsState, type ConversationAction } from './conversations.ts';
import { GapRepair } from './gap-repair.ts';
import { initialConnectionState, type ReconnectPolicy } from './machine.ts';
import { Outbox, type OutboxEntry, type OutboxStorage } from './outbox.ts';
import { Store } from './store.ts';
import { MemoryTokenStore, type TokenStore, type Tokens } from './tokens.ts';
import { stompJsTransport, type StompJsTransportOptions, type StompTransport } from './transport.ts';
import type { ParleyClientApi, ParleyState, Session, StartConversationInput } from './types.ts';

export interface ParleyClientOptions {
  /** The gateway, e.g. `http://localhost:8080`; `''` for the page's own origin. */
  baseUrl: string;
  /** Defaults to the gateway's `/ws` with the ws/wss scheme. */
  wsUrl?: string;
  /** Default: memory (the session ends with the page). The widget passes a WebStorageTokenStore. */
  tokenStore?: TokenStore;
  /** Default: memory. The widget passes a WebStorageOutboxStorage so unsent messages survive a reload. */
  outboxStorage?: OutboxStorage;
  fetch?: typeof fetch;
  /** Default: @stomp/stompjs over `stomp.webSocketFactory` or the global WebSocket. */
  transport?: StompTransport;
  stomp?: StompJsTransportOptions;
  reconnect?: Partial<ReconnectPolicy>;
  /** Failures of background work (resync, gap repair, metadata loads); default: ignored. */
  onError?: (error: unknown) => void;
  random?: () => number;
  uuid?: () => string;
  now?: () => number;
  /** Receipts asked for within this window leave as one frame per status (default 1000 ms). */
  receiptDelayMs?: number;
  /** Typing frames: at most one a second, repeated while typing goes on, `false` after a pause. */
  typing?: TypingSenderOptions;
}

/** STOMP ERROR reasons that refuse one SEND for good: the message is marked failed, not resent. */
const SEND_REFUSALS = [
  'conversation has ended',
  'conversation not found',
  'only the customer or the assigned agent may send',
  'text must not be empty',
  'text longer than',
  'clientMessageId',
  'malformed JSON',
  'destination not allowed',
  'frame too large',
  'attachment',
];

/** A signed link is renewed this long before it expires. */
const LINK_MARGIN_MS = 30_000;

const initialState: ParleyState = {
  session: null,
  connection: initialConnectionState,
  conversations: initialConversationsState,
  agent: null,
};

/**
 * Wires the REST client, the live connection, the outbox and gap repair into one store of {@link ParleyState}.
 * All state changes go through `conversationsReducer`; this class only performs effects.
 */
export class ParleyClient implements ParleyClientApi {
  readonly api: ParleyApi;
  private readonly store = new Store<ParleyState>(initialState);
  private readonly connection: Connection;
  private readonly outbox: Outbox;
  private readonly gaps: GapRepair;
  private readonly uuid: () => string;
  private readonly now: () => number;
  private readonly metadataRequested = new Set<string>();
  private syncing: Promise<void> | null = null;
  private syncAgain = false;
  private readonly signals: Signals;
  private readonly links = new Map<string, Promise<FileLink>>();

  constructor(private readonly options: ParleyClientOptions) {
    this.uuid = options.uuid ?? newUuid;
    this.now = options.now ?? Date.now;
    this.api = new ParleyApi({
      baseUrl: options.baseUrl,
      tokens: options.tokenStore ?? new MemoryTokenStore(),
      fetch: options.fetch,
      now: this.now,
    });
    this.outbox = new Outbox(options.outboxStorage);
    this.gaps = new GapRepair({
      lastSeq: (id) => this.store.getState().conversations.byId[id]?.lastSeq ?? 0,
      fetchEvents: (id, afterSeq, limit) => this.api.events(id, afterSeq, limit),
      apply: (events) => this.applyEvents(events),
      onError: (_id, error) => this.reportError(error),
    });
    this.connection = new Connection({
      url: options.wsUrl ?? webSocketUrl(options.baseUrl),
      transport: options.transport ?? stompJsTransport(options.stomp),
      accessToken: () => this.api.accessToken(),
      refreshToken: () => this.api.refresh(),
      hooks: this.hooks(),
      policy: options.reconnect,
      random: options.random,
      now: this.now,
    });
    this.signals = new Signals({
      getState: this.store.getState,
      dispatch: (action) => this.dispatch(action),
      send: (destination, body, headers) => this.connection.send(destination, body, headers),
      connectionId: () => this.connection.connectionId,
      now: this.now,
      receiptDelayMs: options.receiptDelayMs,
      typing: options.typing,
    });
    this.connection.store.subscribe(() =>
      this.store.update((s) => ({ ...s, connection: this.connection.store.getState() })),
    );
  }

  getState = (): ParleyState => this.store.getState();

  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  // --- session

  async init(): Promise<void> {
    const tokens = await this.api.session();
    if (tokens) {
      await this.begin(tokens);
    }
  }

  async loginAsGuest(request?: GuestRequest): Promise<Session> {
    return this.begin(await this.api.guest(request));
  }

  async login(email: string, password: string): Promise<Session> {
    return this.begin(await this.api.login(email, password));
  }

  async loginAsCustomer(identity: CustomerIdentityRequest): Promise<Session> {
    return this.begin(await this.api.customer(identity));
  }

  async logout(): Promise<void> {
    this.connection.stop();
    for (const entry of this.outbox.list()) {
      this.outbox.remove(entry.clientMessageId);
    }
    this.metadataRequested.clear();
    this.signals.clear();
    this.links.clear();
    this.store.update((s) => ({ ...initialState, connection: s.connection }));
    await this.api.logout().catch((error: unknown) => this.reportError(error));
  }

  connect(): void {
    this.connection.start();
  }

  disconnect(): void {
    this.connection.stop();
  }

  reconnectNow(): void {
    this.connection.retryNow();
  }

  dispose(): void {
    this.connection.stop();
    this.signals.clear();
  }

  // --- conversations

  /** Lists the caller's conversations and fetches what each one misses (also run after every reconnect). */
  loadConversations(): Promise<void> {
    if (this.syncing) {
      this.syncAgain = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      do {
        this.syncAgain = false;
        await this.syncOnce();
      } while (this.syncAgain);
    })().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  async openConversation(id: string): Promise<void> {
    const conversation = await this.api.getConversation(id);
    this.dispatch({ type: 'conversationLoaded', conversation });
    await this.gaps.repair(id);
  }

  async startConversation(input: StartConversationInput): Promise<Conversation> {
    const text = checkText(input.text);
    const clientMessageId = input.clientMessageId ?? this.uuid();
    const conversation = await this.api.startConversation({
      clientMessageId,
      text,
      ...(input.department === undefined ? {} : { department: input.department }),
      ...(input.priority === undefined ? {} : { priority: input.priority }),
      ...(input.skills === undefined ? {} : { skills: input.skills }),
      ...customerDetails(input),
    });
    this.metadataRequested.add(conversation.id);
    this.dispatch({ type: 'conversationLoaded', conversation });
    this.dispatch({
      type: 'localSend',
      message: {
        conversationId: conversation.id,
        clientMessageId,
        senderId: this.selfId(),
        text,
        at: conversation.createdAt,
      },
    });
    this.dispatch({
      type: 'ack',
      ack: { conversationId: conversation.id, clientMessageId, messageId: '', seq: 1 },
    });
    void this.catchUp(conversation).catch((error: unknown) => this.reportError(error));
    return conversation;
  }

  send(conversationId: string, text: string, attachments: readonly Attachment[] = []): string {
    if (attachments.length > MAX_ATTACHMENTS) {
      throw new RangeError(`at most ${MAX_ATTACHMENTS} files per message`);
    }
    const checked = attachments.length > 0 && text.trim() === '' ? '' : checkText(text);
    if (this.store.getState().conversations.byId[conversationId]?.status === 'ENDED') {
      throw new Error('conversation has ended');
    }
    const entry: OutboxEntry = {
      conversationId,
      clientMessageId: this.uuid(),
      senderId: this.selfId(),
      text: checked,
      createdAt: new Date(this.now()).toISOString(),
      ...(attachments.length > 0 ? { attachments: attachments.map(toAttachment) } : {}),
    };
    this.dispatch({ type: 'localSend', message: toLocal(entry) });
    this.outbox.add(entry, this.connection.connectionId, this.sendFn);
    this.signals.messageSent(conversationId);
    return entry.clientMessageId;
  }

  async reopen(conversationId: string): Promise<Conversation> {
    const conversation = await this.api.reopenConversation(conversationId);
    this.dispatch({ type: 'conversationLoaded', conversation });
    void this.catchUp(conversation).catch((error: unknown) => this.reportError(error));
    return conversation;
  }

  uploadFile(
    conversationId: string,
    file: Blob,
    options?: UploadOptions & { name?: string },
  ): Promise<FileView> {
    return this.api.uploadFile(conversationId, file, options?.name, options);
  }

  /** A signed link to a file, reused until shortly before it expires. */
  fileLink(fileId: string, variant: FileVariant = 'ORIGINAL'): Promise<FileLink> {
    const key = `${fileId}|${variant}`;
    const cached = this.links.get(key);
    if (cached) {
      return cached;
    }
    const link = this.api.fileLink(fileId, variant);
    this.links.set(key, link);
    link.then(
      (l) => {
        const ttl = Date.parse(l.expiresAt) - this.now() - LINK_MARGIN_MS;
        if (!(ttl > 0)) {
          this.links.delete(key);
        } else {
          setTimeout(() => this.links.get(key) === link && this.links.delete(key), ttl);
        }
      },
      () => this.links.delete(key),
    );
    return link;
  }

  availability(department?: string): Promise<Availability> {
    return this.api.availability(department);
  }

  typing(conversationId: string): void {
    this.signals.typing(conversationId);
  }

  stopTyping(conversationId: string): void {
    this.signals.stopTyping(conversationId);
  }

  react(conversationId: string, targetSeq: number, emoji: string, op: ReactionOp): void {
    checkEmoji(emoji);
    this.signals.react(conversationId, { targetSeq, emoji, op });
  }

  toggleReaction(conversationId: string, targetSeq: number, emoji: string): void {
    const view = this.store.getState().conversations.byId[conversationId];
    const mine = view
      ? messageReactions(view, targetSeq, this.selfId()).some((r) => r.emoji === emoji && r.mine)
      : false;
    this.react(conversationId, targetSeq, emoji, mine ? 'REMOVE' : 'ADD');
  }

  discard(conversationId: string, clientMessageId: string): void {
    this.outbox.remove(clientMessageId);
    this.dispatch({ type: 'discardLocal', conversationId, clientMessageId });
  }

  async end(conversationId: string): Promise<Conversation> {
    const conversation = await this.api.endConversation(conversationId);
    this.dispatch({ type: 'conversationLoaded', conversation });
    return conversation;
  }

  markRead(conversationId: string): void {
    this.dispatch({ type: 'markRead', conversationId });
    this.signals.read(conversationId);
  }

  // --- agents

  async loadAgent(): Promise<Agent> {
    return this.setAgent(await this.api.agentMe());
  }

  async setStatus(status: AgentStatus, capacity?: number): Promise<Agent> {
    return this.setAgent(await this.api.setAgentStatus(status, capacity));
  }

  // --- wiring

  private async begin(tokens: Tokens): Promise<Session> {
    const session: Session = { userId: tokens.userId, roles: tokens.roles };
    this.store.update((s) => ({ ...s, session }));
    this.dispatch({ type: 'session', selfId: session.userId, roles: session.roles });
    for (const entry of await this.outbox.restore()) {
      if (entry.senderId === session.userId) {
        this.dispatch({ type: 'localSend', message: toLocal(entry) });
      } else {
        this.outbox.remove(entry.clientMessageId);
      }
    }
    this.connection.start();
    void this.loadConversations().catch((error: unknown) => this.reportError(error));
    return session;
  }

  private hooks(): ConnectionHooks {
    return {
      onEvent: (event) => {
        this.ensureMetadata(event.conversationId);
        this.gaps.onEvent(event);
      },
      onQueuePosition: (update) => this.dispatch({ type: 'queuePosition', update }),
      onTyping: (update) => this.signals.onTyping(update),
      onAck: (ack) => {
        this.outbox.remove(ack.clientMessageId);
        this.dispatch({ type: 'ack', ack });
      },
      onLive: (connectionId) => {
        this.outbox.flush(connectionId, this.sendFn);
        this.signals.onLive(connectionId);
        void this.loadConversations().catch((error: unknown) => this.reportError(error));
      },
      onServerError: (reason, receiptId, connectionId) => {
        if (receiptId !== null && SIGNAL_RECEIPT_PREFIXES.some((p) => receiptId.startsWith(p))) {
          this.signals.onRefused(receiptId);
          return;
        }
        if (!SEND_REFUSALS.some((r) => reason.startsWith(r))) {
          return;
        }
        const entry =
          this.outbox.list().find((e) => e.clientMessageId === receiptId) ??
          this.outbox.oldestInFlight(connectionId);
        if (entry) {
          this.outbox.remove(entry.clientMessageId);
          this.dispatch({
            type: 'sendFailed',
            conversationId: entry.conversationId,
            clientMessageId: entry.clientMessageId,
            reason,
          });
        }
      },
    };
  }

  private readonly sendFn = (entry: OutboxEntry): boolean =>
    this.connection.send(
      Destinations.sendMessage(entry.conversationId),
      JSON.stringify({
        clientMessageId: entry.clientMessageId,
        text: entry.text,
        ...(entry.attachments?.length ? { attachments: entry.attachments.map((a) => a.id) } : {}),
      }),
      { 'content-type': 'application/json', receipt: entry.clientMessageId },
    );

  /** Learns conversations that appeared meanwhile and fetches the events each one misses. */
  private async syncOnce(): Promise<void> {
    const conversations = await this.api.listConversations();
    this.dispatch({ type: 'conversationsLoaded', conversations });
    const listed = new Set(conversations.map((c) => c.id));
    const unlisted = Object.values(this.store.getState().conversations.byId).filter(
      (v) => !listed.has(v.id) && v.status !== 'ENDED',
    );
    await Promise.all([
      ...conversations.map((c) => this.catchUp(c)),
      ...unlisted.map((v) => this.gaps.repair(v.id)),
    ]);
  }

  /** Fetches the events a listed conversation has beyond ours, and a waiting customer's place in line. */
  private async catchUp(conversation: Conversation): Promise<void> {
    const view = this.store.getState().conversations.byId[conversation.id];
    if (conversation.lastSeq > (view?.lastSeq ?? 0)) {
      await this.gaps.repair(conversation.id);
    }
    const roles = this.store.getState().session?.roles ?? [];
    if (conversation.status === 'QUEUED' && roles.some((r) => r === 'GUEST' || r === 'CUSTOMER')) {
      const place = await this.api.queuePosition(conversation.id).catch(() => null);
      if (place?.status === 'WAITING' && place.position !== null) {
        this.dispatch({
          type: 'queuePosition',
          update: {
            type: 'QUEUE_POSITION',
            conversationId: conversation.id,
            position: place.position,
            at: new Date(this.now()).toISOString(),
            estimatedWaitSeconds: place.estimatedWaitSeconds ?? null,
            offerLeaveMessage: place.offerLeaveMessage === true,
          },
        });
      }
    }
  }

  private applyEvents(events: ConversationEvent[]): void {
    this.dispatch({ type: 'events', events });
    this.signals.delivered(new Set(events.filter((e) => e.type === 'MESSAGE').map((e) => e.conversationId)));
    for (const event of events) {
      // A stored message whose ack got lost with its socket needs no resend.
      if (event.type === 'MESSAGE' && event.clientMessageId !== null && event.senderId === this.selfId()) {
        this.outbox.remove(event.clientMessageId);
      }
    }
  }

  private ensureMetadata(id: string): void {
    if (this.metadataRequested.has(id) || this.store.getState().conversations.byId[id]?.department) {
      return;
    }
    this.metadataRequested.add(id);
    this.api
      .getConversation(id)
      .then((conversation) => this.dispatch({ type: 'conversationLoaded', conversation }))
      .catch((error: unknown) => {
        this.metadataRequested.delete(id);
        this.reportError(error);
      });
  }

  private setAgent(agent: Agent): Agent {
    this.store.update((s) => ({ ...s, agent }));
    return agent;
  }

  private dispatch(action: ConversationAction): void {
    this.store.update((s) => {
      const conversations = conversationsReducer(s.conversations, action);
      return conversations === s.conversations ? s : { ...s, conversations };
    });
  }

  private selfId(): string {
    const session = this.store.getState().session;
    if (!session) {
      throw new Error('not signed in');
    }
    return session.userId;
  }

  private reportError(error: unknown): void {
    this.options.onError?.(error);
  }
}

function toLocal(entry: OutboxEntry) {
  return {
    conversationId: entry.conversationId,
    clientMessageId: entry.clientMessageId,
    senderId: entry.senderId,
    text: entry.text,
    at: entry.createdAt,
    ...(entry.attachments ? { attachments: entry.attachments } : {}),
  };
}

/** Only the fields a message carries (a FileView has more). */
function toAttachment(file: Attachment): Attachment {
  const { id, name, contentType, size, kind, width = null, height = null, hasThumbnail } = file;
  return { id, name, contentType, size, kind, width, height, hasThumbnail };
}

/** chat-service's rule: one emoji, 1–8 code points, no letters, digits, whitespace or markup. */
function checkEmoji(emoji: string): void {
  const points = [...emoji];
  if (points.length < 1 || points.length > 8 || /[\p{L}\p{N}\s<>&"']/u.test(emoji)) {
    throw new RangeError('not an emoji');
  }
}

/** The server's rule: not blank, at most 4000 characters. */
function checkText(text: string): string {
  if (text.trim().length === 0) {
    throw new RangeError('text must not be empty');
  }
  if ([...text].length > MAX_TEXT_LENGTH) {
    throw new RangeError(`text longer than ${MAX_TEXT_LENGTH} characters`);
  }
  return text;
}

/** `http://host:8080` → `ws://host:8080/ws`; `''` → the page's own host. */
export function webSocketUrl(baseUrl: string): string {
  const base = baseUrl === '' && typeof location !== 'undefined' ? location.origin : baseUrl;
  const url = new URL(base.replace(/\/+$/, '') + Destinations.ENDPOINT);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** The customer details of a start input that are set, so absent ones are not sent at all. */
function customerDetails(input: StartConversationInput): CustomerDetails {
  const details: CustomerDetails = {};
  if (input.customerName !== undefined) details.customerName = input.customerName;
  if (input.customerEmail !== undefined) details.customerEmail = input.customerEmail;
  if (input.platform !== undefined) details.platform = input.platform;
  if (input.pageUrl !== undefined) details.pageUrl = input.pageUrl;
  if (input.userAgent !== undefined) details.userAgent = input.userAgent;
  return details;
}
