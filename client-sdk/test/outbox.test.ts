import { describe, expect, it } from 'vitest';
import { MemoryOutboxStorage, Outbox, WebStorageOutboxStorage, type OutboxEntry } from '../src/outbox.ts';
import { CONV, CUSTOMER } from './fixtures.ts';

function entry(id: string): OutboxEntry {
  return {
    conversationId: CONV,
    clientMessageId: id,
    senderId: CUSTOMER,
    text: `text ${id}`,
    createdAt: '2026-11-25T12:00:00Z',
  };
}

function recorder(live = true) {
  const sent: string[] = [];
  return { sent, send: (e: OutboxEntry) => (live ? (sent.push(e.clientMessageId), true) : false) };
}

describe('Outbox', () => {
  it('sends a new message at once when live, and keeps it until its ack', () => {
    const outbox = new Outbox();
    const wire = recorder();
    outbox.add(entry('a'), 1, wire.send);
    expect(wire.sent).toEqual(['a']);
    expect(outbox.list().map((e) => e.clientMessageId)).toEqual(['a']);
    expect(outbox.remove('a')).toBe(true);
    expect(outbox.list()).toEqual([]);
    expect(outbox.remove('a')).toBe(false);
  });

  it('keeps messages added while offline and sends them in order on the next connection', () => {
    const outbox = new Outbox();
    const wire = recorder();
    outbox.add(entry('a'), null, wire.send);
    outbox.add(entry('b'), null, wire.send);
    expect(wire.sent).toEqual([]);
    expect(outbox.flush(1, wire.send)).toBe(2);
    expect(wire.sent).toEqual(['a', 'b']);
  });

  it('never sends a message twice on the same connection', () => {
    const outbox = new Outbox();
    const wire = recorder();
    outbox.add(entry('a'), 1, wire.send);
    outbox.add(entry('a'), 1, wire.send);
    expect(outbox.flush(1, wire.send)).toBe(0);
    expect(outbox.flush(1, wire.send)).toBe(0);
    expect(wire.sent).toEqual(['a']);
  });

  it('resends an unacked message with the same clientMessageId once per reconnect', () => {
    const outbox = new Outbox();
    const wire = recorder();
    outbox.add(entry('a'), 1, wire.send);
    outbox.add(entry('b'), 1, wire.send);
    outbox.remove('a');
    outbox.flush(2, wire.send);
    outbox.flush(2, wire.send);
    outbox.flush(3, wire.send);
    expect(wire.sent).toEqual(['a', 'b', 'b', 'b']);
  });

  it('retries on the same connection a send that did not go out', () => {
    const outbox = new Outbox();
    outbox.add(entry('a'), 1, recorder(false).send);
    const wire = recorder();
    expect(outbox.flush(1, wire.send)).toBe(1);
    expect(wire.sent).toEqual(['a']);
  });

  it('names the oldest message in flight on a connection', () => {
    const outbox = new Outbox();
    const wire = recorder();
    outbox.add(entry('a'), null, wire.send);
    outbox.add(entry('b'), 2, wire.send);
    outbox.add(entry('c'), 2, wire.send);
    expect(outbox.oldestInFlight(2)?.clientMessageId).toBe('b');
    expect(outbox.oldestInFlight(3)).toBeUndefined();
  });

  it('persists through its storage and restores after a reload', async () => {
    const storage = new MemoryOutboxStorage();
    const first = new Outbox(storage);
    first.add(entry('a'), null, recorder().send);
    first.add(entry('b'), null, recorder().send);
    first.remove('a');
    const second = new Outbox(storage);
    second.add(entry('c'), null, recorder().send);
    const restored = await second.restore();
    expect(restored.map((e) => e.clientMessageId)).toEqual(['b', 'c']);
  });

  it('does not overwrite an async storage before it has loaded', async () => {
    let saved: readonly OutboxEntry[] = [entry('old')];
    const outbox = new Outbox({
      load: () => new Promise<OutboxEntry[]>((r) => setTimeout(() => r([...saved]), 5)),
      save: (entries) => void (saved = entries),
    });
    outbox.add(entry('new'), null, recorder().send);
    expect(saved.map((e) => e.clientMessageId)).toEqual(['old']);
    expect((await outbox.restore()).map((e) => e.clientMessageId)).toEqual(['old', 'new']);
    expect(saved.map((e) => e.clientMessageId)).toEqual(['old', 'new']);
  });

  it('keeps entries in Web Storage as JSON', async () => {
    const map = new Map<string, string>();
    const storage = new WebStorageOutboxStorage({
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
    });
    const outbox = new Outbox(storage);
    outbox.add(entry('a'), null, recorder().send);
    expect(JSON.parse(map.get('parley.outbox')!)).toEqual([entry('a')]);
    expect(await new Outbox(storage).restore()).toEqual([entry('a')]);
    outbox.remove('a');
    expect(map.size).toBe(0);
    map.set('parley.outbox', 'garbage');
    expect(storage.load()).toEqual([]);
  });
});
