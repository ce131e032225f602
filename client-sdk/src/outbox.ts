import type { Attachment } from './contract.ts';
import type { KeyValueStorage } from './tokens.ts';

/** A message waiting for its ack. `clientMessageId` is fixed at creation and reused for every resend. */
export interface OutboxEntry {
  conversationId: string;
  clientMessageId: string;
  senderId: string;
  text: string;
  createdAt: string;
  /** Files uploaded before the send (their ids go on the wire; the rest is for display while pending). */
  attachments?: Attachment[];
}

/** Where unacked messages survive a reload: memory by default, Web Storage in the widget. */
export interface OutboxStorage {
  load(): OutboxEntry[] | Promise<OutboxEntry[]>;
  save(entries: readonly OutboxEntry[]): void | Promise<void>;
}

export class MemoryOutboxStorage implements OutboxStorage {
  constructor(private entries: OutboxEntry[] = []) {}

  load(): OutboxEntry[] {
    return [...this.entries];
  }

  save(entries: readonly OutboxEntry[]): void {
    this.entries = [...entries];
  }
}

export class WebStorageOutboxStorage implements OutboxStorage {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly key = 'parley.outbox',
  ) {}

  load(): OutboxEntry[] {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(this.key) ?? '[]');
      return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
    } catch {
      return [];
    }
  }

  save(entries: readonly OutboxEntry[]): void {
    if (entries.length === 0) {
      this.storage.removeItem(this.key);
    } else {
      this.storage.setItem(this.key, JSON.stringify(entries));
    }
  }
}

/** Hands one entry to the live socket; false if it could not be sent. */
export type SendFn = (entry: OutboxEntry) => boolean;

/**
 * Unacked messages in creation order. Each is sent at most once per connection: `flush` after every
 * (re)connect sends the ones not yet sent on that connection, with the same clientMessageId; the ack removes
 * it. The server stores a resend once and acks it again, so a message is never duplicated.
 */
export class Outbox {
  private entries: OutboxEntry[] = [];
  /** clientMessageId → the connection it was last sent on. */
  private readonly sentOn = new Map<string, number>();

  /** Until an async storage has loaded, nothing is saved (it would overwrite what is stored). */
  private loaded = false;
  private readonly loading: Promise<void>;

  constructor(private readonly storage: OutboxStorage = new MemoryOutboxStorage()) {
    const stored = storage.load();
    if (Array.isArray(stored)) {
      this.entries = [...stored];
      this.loaded = true;
      this.loading = Promise.resolve();
    } else {
      this.loading = Promise.resolve(stored)
        .catch(() => [])
        .then((list) => {
          const added = new Set(this.entries.map((e) => e.clientMessageId));
          this.entries = [...list.filter((e) => !added.has(e.clientMessageId)), ...this.entries];
          this.loaded = true;
          this.persist();
        });
    }
  }

  /** The entries, once those kept by an earlier session are loaded (ahead of any added since). */
  async restore(): Promise<readonly OutboxEntry[]> {
    await this.loading;
    return this.list();
  }

  list(): readonly OutboxEntry[] {
    return [...this.entries];
  }

  has(clientMessageId: string): boolean {
    return this.entries.some((e) => e.clientMessageId === clientMessageId);
  }

  /** Adds an entry and, when a connection is live, sends it on it. */
  add(entry: OutboxEntry, connectionId: number | null, send: SendFn): void {
    if (this.has(entry.clientMessageId)) {
      return;
    }
    this.entries.push(entry);
    this.persist();
    if (connectionId !== null) {
      this.sendOne(entry, connectionId, send);
    }
  }

  /** Sends every entry not yet sent on this connection, oldest first; returns how many were sent. */
  flush(connectionId: number, send: SendFn): number {
    let sent = 0;
    for (const entry of this.entries) {
      if (
        this.sentOn.get(entry.clientMessageId) !== connectionId &&
        this.sendOne(entry, connectionId, send)
      ) {
        sent++;
      }
    }
    return sent;
  }

  /** Removes the entry (its ack arrived, or it was refused or discarded); false if it was not there. */
  remove(clientMessageId: string): boolean {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.clientMessageId !== clientMessageId);
    this.sentOn.delete(clientMessageId);
    if (this.entries.length === before) {
      return false;
    }
    this.persist();
    return true;
  }

  /** The oldest entry sent on this connection and still unacked (the one a refusal is about). */
  oldestInFlight(connectionId: number): OutboxEntry | undefined {
    return this.entries.find((e) => this.sentOn.get(e.clientMessageId) === connectionId);
  }

  private sendOne(entry: OutboxEntry, connectionId: number, send: SendFn): boolean {
    if (!send(entry)) {
      return false;
    }
    this.sentOn.set(entry.clientMessageId, connectionId);
    return true;
  }

  private persist(): void {
    if (!this.loaded) {
      return;
    }
    void Promise.resolve(this.storage.save(this.entries)).catch(() => undefined);
  }
}
