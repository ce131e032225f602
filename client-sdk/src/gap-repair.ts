import type { ConversationEvent } from './contract.ts';

export interface GapRepairDeps {
  /** The highest seq applied for the conversation (0 if none). */
  lastSeq(conversationId: string): number;
  /** `GET /conversations/{id}/events?afterSeq=&limit=` */
  fetchEvents(conversationId: string, afterSeq: number, limit: number): Promise<ConversationEvent[]>;
  /** Applies events, already in seq order and all above lastSeq. */
  apply(events: ConversationEvent[]): void;
  onError?(conversationId: string, error: unknown): void;
}

/**
 * Keeps each conversation's timeline whole. A live event right after lastSeq is applied; an older one is
 * dropped; a later one (a gap: Redis pub/sub may drop items) is held back while the missing events are
 * fetched, then everything is applied in order. A repair also runs for every conversation after a reconnect.
 * Seq may have permanent holes: after a repair, held-back events are applied without waiting.
 */
export class GapRepair {
  private readonly running = new Map<string, Promise<void>>();
  private readonly held = new Map<string, ConversationEvent[]>();
  private readonly again = new Set<string>();

  constructor(
    private readonly deps: GapRepairDeps,
    private readonly pageSize = 500,
  ) {}

  onEvent(event: ConversationEvent): void {
    const id = event.conversationId;
    if (this.running.has(id)) {
      this.hold(event);
      return;
    }
    const last = this.deps.lastSeq(id);
    if (event.seq <= last) {
      return;
    }
    if (event.seq === last + 1) {
      this.deps.apply([event]);
      return;
    }
    this.hold(event);
    void this.repair(id);
  }

  /** Fetches what came after lastSeq; a repair asked for while one runs makes it run once more. */
  repair(conversationId: string): Promise<void> {
    const running = this.running.get(conversationId);
    if (running) {
      this.again.add(conversationId);
      return running;
    }
    const task = this.run(conversationId).finally(() => this.running.delete(conversationId));
    this.running.set(conversationId, task);
    return task;
  }

  isRepairing(conversationId: string): boolean {
    return this.running.has(conversationId);
  }

  /** Resolves when no repair of the conversation is running. */
  async settled(conversationId: string): Promise<void> {
    while (this.running.has(conversationId)) {
      await this.running.get(conversationId);
    }
  }

  private async run(id: string): Promise<void> {
    try {
      do {
        this.again.delete(id);
        for (;;) {
          const page = await this.deps.fetchEvents(id, this.deps.lastSeq(id), this.pageSize);
          this.applyNew(id, page);
          if (page.length < this.pageSize) {
            break;
          }
        }
      } while (this.again.has(id));
      const held = this.held.get(id) ?? [];
      this.held.delete(id);
      this.applyNew(id, held);
    } catch (error) {
      // Held events stay held: applying them past the gap would hide it for good. The next live event or
      // reconnect repairs again.
      this.deps.onError?.(id, error);
    }
  }

  private applyNew(id: string, events: readonly ConversationEvent[]): void {
    let last = this.deps.lastSeq(id);
    const fresh: ConversationEvent[] = [];
    for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
      if (event.conversationId === id && event.seq > last) {
        fresh.push(event);
        last = event.seq;
      }
    }
    if (fresh.length > 0) {
      this.deps.apply(fresh);
    }
  }

  private hold(event: ConversationEvent): void {
    const list = this.held.get(event.conversationId) ?? [];
    list.push(event);
    this.held.set(event.conversationId, list);
  }
}
