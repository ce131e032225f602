import type { ReceiptStatus, SendReceipt } from './contract.ts';

export interface ReceiptSenderDeps {
  /** Hands a receipt to the live socket; false when not live. */
  send(conversationId: string, receipt: SendReceipt): boolean;
  /** How far the server has stored this user's side's receipts (from RECEIPT events in the store). */
  confirmed(conversationId: string): { delivered: number; read: number };
  /** The live socket's id, or null. */
  connectionId(): number | null;
  /** Batch window: receipts asked for within it leave together, one frame per status (default 1000 ms). */
  delayMs?: number;
  /** Sends of one receipt before giving up (a refused one would otherwise loop over reconnects). */
  maxAttempts?: number;
}

interface Progress {
  delivered: number;
  read: number;
}

/**
 * Cumulative receipts (DELIVERED up to seq n, READ up to seq n): only the highest asked for counts, only one
 * that advances past what the server confirmed is sent, at most one frame per status and conversation per
 * batch window. Like the outbox, an unconfirmed receipt is sent again on the next socket (the server stores a
 * non-advancing one as nothing), and confirmation is its RECEIPT event coming back.
 */
export class ReceiptSender {
  private readonly wanted = new Map<string, Progress>();
  /** conversation → what was sent on which socket, and how often each value was sent. */
  private readonly sent = new Map<string, { connection: number; delivered: number; read: number }>();
  private readonly attempts = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: ReceiptSenderDeps) {}

  /** Every message of the other side up to `upToSeq` was delivered (or read, which implies it). */
  want(conversationId: string, status: ReceiptStatus, upToSeq: number): void {
    const before = this.wanted.get(conversationId) ?? { delivered: 0, read: 0 };
    const after = {
      delivered: Math.max(before.delivered, upToSeq),
      read: status === 'READ' ? Math.max(before.read, upToSeq) : before.read,
    };
    if (after.delivered === before.delivered && after.read === before.read) {
      return;
    }
    this.wanted.set(conversationId, after);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.deps.delayMs ?? 1000);
  }

  /** Sends what is wanted and not yet confirmed nor sent on this socket (after each reconnect, at once). */
  flush(): void {
    const connection = this.deps.connectionId();
    if (connection === null) {
      return;
    }
    for (const [id, wanted] of this.wanted) {
      const confirmed = this.deps.confirmed(id);
      const done = { delivered: Math.max(confirmed.delivered, confirmed.read), read: confirmed.read };
      if (wanted.read <= done.read && wanted.delivered <= done.delivered) {
        this.wanted.delete(id);
        this.sent.delete(id);
        continue;
      }
      const previous = this.sent.get(id);
      const sent = previous?.connection === connection ? previous : { connection, delivered: 0, read: 0 };
      if (wanted.read > done.read && wanted.read > sent.read && this.send(id, 'READ', wanted.read)) {
        sent.read = wanted.read;
        sent.delivered = Math.max(sent.delivered, wanted.read);
      }
      const delivered = Math.max(done.delivered, sent.delivered);
      if (wanted.delivered > delivered && this.send(id, 'DELIVERED', wanted.delivered)) {
        sent.delivered = wanted.delivered;
      }
      this.sent.set(id, sent);
    }
  }

  /** Forgets everything (sign-out). */
  clear(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.wanted.clear();
    this.sent.clear();
    this.attempts.clear();
  }

  private send(id: string, status: ReceiptStatus, upToSeq: number): boolean {
    const key = `${id}|${status}|${upToSeq}`;
    const tries = this.attempts.get(key) ?? 0;
    if (tries >= (this.deps.maxAttempts ?? 3)) {
      return false;
    }
    if (!this.deps.send(id, { status, upToSeq })) {
      return false;
    }
    this.attempts.set(key, tries + 1);
    return true;
  }
}
