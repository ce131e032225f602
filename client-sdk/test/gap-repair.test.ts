import { describe, expect, it } from 'vitest';
import type { ConversationEvent } from '../src/contract.ts';
import { GapRepair } from '../src/gap-repair.ts';
import { CONV, message } from './fixtures.ts';

/** A server timeline and a client that applies what GapRepair hands it. */
function setup(serverSeqs: number[], pageSize = 500) {
  const server = serverSeqs.map((s) => message(s));
  const applied: number[] = [];
  const fetches: number[] = [];
  let gate: Promise<void> = Promise.resolve();
  let failNext = false;
  const repair = new GapRepair(
    {
      lastSeq: () => applied.at(-1) ?? 0,
      fetchEvents: async (_id, afterSeq, limit) => {
        fetches.push(afterSeq);
        await gate;
        if (failNext) {
          failNext = false;
          throw new Error('offline');
        }
        return server.filter((e) => e.seq > afterSeq).slice(0, limit);
      },
      apply: (events: ConversationEvent[]) => applied.push(...events.map((e) => e.seq)),
    },
    pageSize,
  );
  return {
    repair,
    server,
    applied,
    fetches,
    hold() {
      let open!: () => void;
      gate = new Promise((r) => (open = r));
      return () => open();
    },
    failOnce() {
      failNext = true;
    },
  };
}

describe('GapRepair', () => {
  it('applies the next event at once and drops duplicates without fetching', () => {
    const t = setup([]);
    t.repair.onEvent(message(1));
    t.repair.onEvent(message(2));
    t.repair.onEvent(message(2));
    t.repair.onEvent(message(1));
    expect(t.applied).toEqual([1, 2]);
    expect(t.fetches).toEqual([]);
  });

  it('fetches the missing events after a gap and applies all in order', async () => {
    const t = setup([1, 2, 3, 4, 5]);
    t.repair.onEvent(message(1));
    t.repair.onEvent(message(5));
    expect(t.applied).toEqual([1]);
    await t.repair.settled(CONV);
    expect(t.fetches).toEqual([1]);
    expect(t.applied).toEqual([1, 2, 3, 4, 5]);
  });

  it('holds live events that arrive during a repair and applies them after it, once each', async () => {
    const t = setup([1, 2, 3, 4]);
    const release = t.hold();
    t.repair.onEvent(message(3));
    t.repair.onEvent(message(4));
    t.repair.onEvent(message(3));
    expect(t.repair.isRepairing(CONV)).toBe(true);
    t.server.push(message(5), message(6));
    t.repair.onEvent(message(6));
    release();
    await t.repair.settled(CONV);
    expect(t.fetches).toEqual([0]);
    expect(t.applied).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('does not wait for a seq the server never stored', async () => {
    const t = setup([1, 2, 4, 5]);
    t.repair.onEvent(message(1));
    t.repair.onEvent(message(4));
    await t.repair.settled(CONV);
    expect(t.applied).toEqual([1, 2, 4, 5]);
    t.repair.onEvent(message(5));
    t.repair.onEvent(message(6));
    expect(t.applied).toEqual([1, 2, 4, 5, 6]);
  });

  it('pages through long gaps', async () => {
    const t = setup(
      Array.from({ length: 12 }, (_, i) => i + 1),
      5,
    );
    await t.repair.repair(CONV);
    expect(t.fetches).toEqual([0, 5, 10]);
    expect(t.applied).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('runs once more when asked again during a repair (a reconnect meanwhile)', async () => {
    const t = setup([1, 2, 3]);
    const release = t.hold();
    const first = t.repair.repair(CONV);
    const second = t.repair.repair(CONV);
    release();
    await Promise.all([first, second]);
    expect(t.fetches).toEqual([0, 3]);
    expect(t.applied).toEqual([1, 2, 3]);
  });

  it('keeps held events back when the fetch fails, and repairs on the next event', async () => {
    const t = setup([1, 2, 3, 4]);
    t.failOnce();
    t.repair.onEvent(message(3));
    await t.repair.settled(CONV);
    expect(t.applied).toEqual([]);
    t.repair.onEvent(message(4));
    await t.repair.settled(CONV);
    expect(t.applied).toEqual([1, 2, 3, 4]);
  });
});
