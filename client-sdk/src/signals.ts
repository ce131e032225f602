import {
  Destinations,
  type ReactionOp,
  type ReceiptStatus,
  type Role,
  type TypingUpdate,
} from './contract.ts';
import {
  sideOf,
  type ConversationAction,
  type ConversationView,
  type PendingReaction,
} from './conversations.ts';
import { ReceiptSender } from './receipts.ts';
import { TypingSender, type TypingSenderOptions } from './typing.ts';
import type { ParleyState } from './types.ts';

export interface SignalsDeps {
  getState(): ParleyState;
  dispatch(action: ConversationAction): void;
  /** Queues a SEND on the live socket; false when not live. */
  send(destination: string, body: string, headers: Record<string, string>): boolean;
  connectionId(): number | null;
  now(): number;
  receiptDelayMs?: number;
  typing?: TypingSenderOptions;
}

/** STOMP `receipt` header prefixes of the frames that are not messages, so an ERROR about one fails no message. */
export const SIGNAL_RECEIPT_PREFIXES = ['receipt:', 'typing:', 'reaction:'] as const;

const STAFF: readonly Role[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];
const MAX_REACTION_SENDS = 3;

/**
 * Receipts, typing and reactions: the small frames around messages. They are sent only where the server
 * accepts them (the conversation's customer or its assigned agent, not ENDED), so a watching supervisor never
 * gets an ERROR frame (which would close the socket). Receipts and reactions are resent after a reconnect until
 * their event shows them stored; typing is never resent.
 */
export class Signals {
  private readonly receipts: ReceiptSender;
  private readonly typingSender: TypingSender;
  /** `conversation|seq|emoji` → the socket a pending reaction was last sent on, and how often it was sent. */
  private readonly reactionSends = new Map<string, { connection: number; op: ReactionOp; count: number }>();
  private readonly typingTimers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly deps: SignalsDeps) {
    this.receipts = new ReceiptSender({
      send: (id, receipt) =>
        this.participant(id) &&
        deps.send(Destinations.sendReceipt(id), JSON.stringify(receipt), headers(`receipt:${id}`)),
      confirmed: (id) => this.confirmed(id),
      connectionId: () => deps.connectionId(),
      delayMs: deps.receiptDelayMs,
    });
    this.typingSender = new TypingSender(
      (id, typing) =>
        this.participant(id) &&
        deps.send(Destinations.sendTyping(id), JSON.stringify({ typing }), headers(`typing:${id}`)),
      { now: () => deps.now(), ...deps.typing },
    );
  }

  /** New events are in the store: the other side's messages among them are now delivered. */
  delivered(conversationIds: Iterable<string>): void {
    for (const id of conversationIds) {
      const upTo = this.lastOtherMessage(id);
      if (upTo > 0) {
        this.receipts.want(id, 'DELIVERED', upTo);
      }
    }
  }

  /** The conversation was shown to the user: everything of the other side in it is read. */
  read(conversationId: string): void {
    const upTo = this.lastOtherMessage(conversationId);
    if (upTo > 0) {
      this.receipts.want(conversationId, 'READ' satisfies ReceiptStatus, upTo);
    }
  }

  typing(conversationId: string): void {
    this.typingSender.activity(conversationId);
  }

  stopTyping(conversationId: string): void {
    this.typingSender.stop(conversationId);
  }

  messageSent(conversationId: string): void {
    this.typingSender.messageSent(conversationId);
  }

  /** A TYPING push from someone else: shown until `expiresInMs` passes without a refresh. */
  onTyping(update: TypingUpdate): void {
    if (update.userId === this.deps.getState().session?.userId) {
      return;
    }
    this.deps.dispatch({ type: 'typing', update, now: this.deps.now() });
    if (update.typing) {
      const timer = setTimeout(() => {
        this.typingTimers.delete(timer);
        this.deps.dispatch({
          type: 'typingExpired',
          conversationId: update.conversationId,
          now: this.deps.now(),
        });
      }, update.expiresInMs + 1);
      this.typingTimers.add(timer);
    }
  }

  react(conversationId: string, reaction: PendingReaction): void {
    this.deps.dispatch({ type: 'localReaction', conversationId, reaction });
    const connection = this.deps.connectionId();
    if (connection !== null) {
      this.sendReaction(conversationId, reaction, connection);
    }
  }

  /** A new socket: receipts and reactions not yet confirmed go out again. */
  onLive(connection: number): void {
    this.receipts.flush();
    for (const view of Object.values(this.deps.getState().conversations.byId)) {
      for (const reaction of view.pendingReactions) {
        const sent = this.reactionSends.get(reactionKey(view.id, reaction));
        if (sent?.connection !== connection || sent.op !== reaction.op) {
          this.sendReaction(view.id, reaction, connection);
        }
      }
    }
  }

  /** The server refused a signal frame (its `receipt` header): a refused reaction is dropped, not resent. */
  onRefused(receiptId: string): void {
    if (!receiptId.startsWith('reaction:')) {
      return;
    }
    const [id, seq, emoji] = receiptId.slice('reaction:'.length).split('|');
    const view = id === undefined ? undefined : this.deps.getState().conversations.byId[id];
    const reaction = view?.pendingReactions.find((p) => String(p.targetSeq) === seq && p.emoji === emoji);
    if (view && reaction) {
      this.deps.dispatch({ type: 'reactionDropped', conversationId: view.id, reaction });
    }
  }

  clear(): void {
    this.receipts.clear();
    this.typingSender.clear();
    this.reactionSends.clear();
    this.typingTimers.forEach(clearTimeout);
    this.typingTimers.clear();
  }

  private sendReaction(conversationId: string, reaction: PendingReaction, connection: number): void {
    const key = reactionKey(conversationId, reaction);
    const before = this.reactionSends.get(key);
    const count = before?.op === reaction.op ? before.count : 0;
    if (count >= MAX_REACTION_SENDS) {
      this.deps.dispatch({ type: 'reactionDropped', conversationId, reaction });
      return;
    }
    const body = JSON.stringify({ targetSeq: reaction.targetSeq, emoji: reaction.emoji, op: reaction.op });
    if (this.deps.send(Destinations.sendReaction(conversationId), body, headers(`reaction:${key}`))) {
      this.reactionSends.set(key, { connection, op: reaction.op, count: count + 1 });
    }
  }

  /** The customer of the conversation or its assigned agent, while it is not ended. */
  private participant(conversationId: string): boolean {
    const session = this.deps.getState().session;
    const view = this.deps.getState().conversations.byId[conversationId];
    if (!session || !view || view.status === 'ENDED') {
      return false;
    }
    return session.roles.some((r) => STAFF.includes(r))
      ? view.agentId === session.userId
      : view.customerId === null || view.customerId === session.userId;
  }

  private mySide(): 'CUSTOMER' | 'AGENT' {
    const roles = this.deps.getState().session?.roles ?? [];
    return roles.some((r) => STAFF.includes(r)) ? 'AGENT' : 'CUSTOMER';
  }

  private confirmed(conversationId: string): { delivered: number; read: number } {
    const view = this.deps.getState().conversations.byId[conversationId];
    const mine = view?.receipts[this.mySide()];
    return {
      delivered: mine?.delivered.at(-1)?.upToSeq ?? 0,
      read: mine?.read.at(-1)?.upToSeq ?? 0,
    };
  }

  private lastOtherMessage(conversationId: string): number {
    const view: ConversationView | undefined = this.deps.getState().conversations.byId[conversationId];
    if (!view || !this.participant(conversationId)) {
      return 0;
    }
    const side = this.mySide();
    for (let i = view.timeline.length - 1; i >= 0; i--) {
      const event = view.timeline[i]!;
      if (event.type === 'MESSAGE' && sideOf(event.senderRole) !== side) {
        return event.seq;
      }
    }
    return 0;
  }
}

function reactionKey(conversationId: string, reaction: PendingReaction): string {
  return `${conversationId}|${reaction.targetSeq}|${reaction.emoji}`;
}

function headers(receipt: string): Record<string, string> {
  return { 'content-type': 'application/json', receipt };
}
