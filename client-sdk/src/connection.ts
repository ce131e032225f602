import {
  Destinations,
  type ConversationEvent,
  type MessageAck,
  type QueuePositionUpdate,
  type TypingUpdate,
} from './contract.ts';
import { ApiError } from './errors.ts';
import {
  defaultReconnectPolicy,
  initialConnectionState,
  transition,
  type ConnectionEffect,
  type ConnectionEvent,
  type ConnectionState,
  type ReconnectPolicy,
} from './machine.ts';
import { Store } from './store.ts';
import type { StompSession, StompTransport } from './transport.ts';

/** What arrives on the live connection, and when it (re)becomes live. */
export interface ConnectionHooks {
  onEvent(event: ConversationEvent): void;
  onQueuePosition(update: QueuePositionUpdate): void;
  /** Someone else started or stopped typing (never stored, so not a timeline event). */
  onTyping?(update: TypingUpdate): void;
  onAck(ack: MessageAck): void;
  /** Live on a new socket: `connectionId` differs on every (re)connect. */
  onLive(connectionId: number): void;
  /** A STOMP ERROR that is not about the token (the server closes the socket after it). */
  onServerError(reason: string, receiptId: string | null, connectionId: number): void;
}

export interface ConnectionOptions {
  /** `ws://host/ws` */
  url: string;
  transport: StompTransport;
  /** A valid access token; asked before every (re)connect. An ApiError 401 means signed out. */
  accessToken(): Promise<string>;
  /** Force a refresh after the server refused the token. */
  refreshToken(): Promise<unknown>;
  hooks: ConnectionHooks;
  policy?: Partial<ReconnectPolicy>;
  /** Source of backoff jitter, [0, 1). */
  random?: () => number;
  /** Outgoing SEND pacing, below chat-service's 20 frames/s, burst 40 (default 15/s, burst 30). */
  sendRate?: { perSecond: number; burst: number };
  now?: () => number;
}

const AUTH_REASONS = [
  'missing bearer token',
  'access token expired',
  'invalid access token',
  'not connected',
];

/** True for a STOMP ERROR reason that means "your token is not (or no longer) good". */
export function isAuthRefusal(reason: string): boolean {
  return AUTH_REASONS.some((r) => reason.startsWith(r));
}

interface Outgoing {
  destination: string;
  body: string;
  headers: Record<string, string> | undefined;
}

/**
 * Performs the effects of the pure state machine in machine.ts: opens sockets with a fresh token, schedules
 * retries, refreshes tokens, and paces SENDs. Callbacks of an older socket are ignored (`generation`).
 */
export class Connection {
  readonly store = new Store<ConnectionState>(initialConnectionState);
  private readonly policy: ReconnectPolicy;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly rate: { perSecond: number; burst: number };
  private generation = 0;
  private session: StompSession | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private queue: Outgoing[] = [];
  private tokens: number;
  private refilledAt: number;
  private drainTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: ConnectionOptions) {
    this.policy = { ...defaultReconnectPolicy, ...options.policy };
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.rate = options.sendRate ?? { perSecond: 15, burst: 30 };
    this.tokens = this.rate.burst;
    this.refilledAt = this.now();
  }

  get state(): ConnectionState {
    return this.store.getState();
  }

  /** The id of the live socket, or null when not live. */
  get connectionId(): number | null {
    return this.state.status === 'live' ? this.generation : null;
  }

  start(): void {
    this.dispatch({ type: 'start' });
  }

  stop(): void {
    this.dispatch({ type: 'stop' });
  }

  retryNow(): void {
    this.dispatch({ type: 'retryNow' });
  }

  /** Queues a SEND on the live socket; false when not live (nothing queued). */
  send(destination: string, body: string, headers?: Record<string, string>): boolean {
    if (this.state.status !== 'live' || this.session === null) {
      return false;
    }
    this.queue.push({ destination, body, headers });
    this.drain();
    return true;
  }

  dispatch(event: ConnectionEvent): void {
    const { state, effects } = transition(this.state, event, this.policy);
    this.store.setState(state);
    for (const effect of effects) {
      this.perform(effect);
    }
  }

  private perform(effect: ConnectionEffect): void {
    switch (effect.type) {
      case 'open':
        void this.open();
        return;
      case 'close':
        this.closeSession();
        return;
      case 'scheduleRetry':
        this.cancelRetry();
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.dispatch({ type: 'retry' });
        }, effect.delayMs);
        return;
      case 'cancelRetry':
        this.cancelRetry();
        return;
      case 'refreshToken':
        void this.refresh();
        return;
      case 'wentLive':
        this.options.hooks.onLive(this.generation);
        return;
    }
  }

  private async open(): Promise<void> {
    this.closeSession();
    const generation = ++this.generation;
    let token: string;
    try {
      token = await this.options.accessToken();
    } catch (error) {
      if (generation === this.generation) {
        this.dispatch(this.failure(error));
      }
      return;
    }
    if (generation !== this.generation || this.state.status !== 'connecting') {
      return;
    }
    const current = () => generation === this.generation;
    try {
      this.session = this.openSession(token, generation, current);
    } catch (error) {
      this.dispatch({ type: 'closed', reason: describe(error), jitter: this.random() });
    }
  }

  private openSession(token: string, generation: number, current: () => boolean): StompSession {
    return this.options.transport.open({
      url: this.options.url,
      connectHeaders: { Authorization: `Bearer ${token}` },
      subscriptions: [Destinations.USER_EVENTS, Destinations.USER_ACKS],
      onConnected: () => current() && this.dispatch({ type: 'connected' }),
      onMessage: (subscription, body) => current() && this.receive(subscription, body),
      onError: (reason, receiptId) => {
        if (!current()) {
          return;
        }
        if (isAuthRefusal(reason)) {
          this.dispatch({ type: 'authRefused', reason });
        } else {
          this.options.hooks.onServerError(reason, receiptId, generation);
        }
      },
      onClosed: (reason) => current() && this.dispatch({ type: 'closed', reason, jitter: this.random() }),
    });
  }

  private async refresh(): Promise<void> {
    try {
      await this.options.refreshToken();
      this.dispatch({ type: 'tokenRefreshed' });
    } catch (error) {
      this.dispatch(
        error instanceof ApiError && error.status === 401
          ? { type: 'sessionLost', reason: 'session expired' }
          : { type: 'tokenRefreshFailed', reason: describe(error), jitter: this.random() },
      );
    }
  }

  private failure(error: unknown): ConnectionEvent {
    return error instanceof ApiError && error.status === 401
      ? { type: 'sessionLost', reason: error.detail }
      : { type: 'closed', reason: describe(error), jitter: this.random() };
  }

  private receive(subscription: string, body: string): void {
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      return;
    }
    if (subscription === Destinations.USER_ACKS) {
      this.options.hooks.onAck(payload as MessageAck);
    } else if ((payload as { type?: string }).type === 'QUEUE_POSITION') {
      this.options.hooks.onQueuePosition(payload as QueuePositionUpdate);
    } else if ((payload as { type?: string }).type === 'TYPING') {
      this.options.hooks.onTyping?.(payload as TypingUpdate);
    } else {
      this.options.hooks.onEvent(payload as ConversationEvent);
    }
  }

  private drain(): void {
    const now = this.now();
    this.tokens = Math.min(
      this.rate.burst,
      this.tokens + ((now - this.refilledAt) / 1000) * this.rate.perSecond,
    );
    this.refilledAt = now;
    while (this.queue.length > 0 && this.tokens >= 1 && this.session !== null) {
      const next = this.queue.shift()!;
      this.tokens -= 1;
      try {
        this.session.send(next.destination, next.body, next.headers);
      } catch {
        // The socket is going away; its close event follows and the outbox resends on the next one.
      }
    }
    if (this.queue.length > 0 && this.drainTimer === null) {
      this.drainTimer = setTimeout(
        () => {
          this.drainTimer = null;
          this.drain();
        },
        Math.ceil(1000 / this.rate.perSecond),
      );
    }
  }

  private closeSession(): void {
    this.generation++;
    this.queue = [];
    if (this.drainTimer !== null) {
      clearTimeout(this.drainTimer);
      this.drainTimer = null;
    }
    const session = this.session;
    this.session = null;
    session?.close();
  }

  private cancelRetry(): void {
    if (this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
