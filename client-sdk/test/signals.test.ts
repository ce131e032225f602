import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SendReceipt } from '../src/contract.ts';
import { ReceiptSender } from '../src/receipts.ts';
import { TypingSender } from '../src/typing.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function receipts() {
  const sent: Array<{ id: string; receipt: SendReceipt }> = [];
  const confirmed = { delivered: 0, read: 0 };
  const state = { connection: 1 as number | null };
  const sender = new ReceiptSender({
    send: (id, receipt) => state.connection !== null && sent.push({ id, receipt }) > 0,
    confirmed: () => confirmed,
    connectionId: () => state.connection,
    delayMs: 1000,
  });
  return { sender, sent, confirmed, state };
}

describe('ReceiptSender', () => {
  it('batches receipts asked for within a second into one frame with the highest seq', () => {
    const { sender, sent } = receipts();
    sender.want('c1', 'DELIVERED', 3);
    sender.want('c1', 'DELIVERED', 5);
    sender.want('c1', 'DELIVERED', 4);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([{ id: 'c1', receipt: { status: 'DELIVERED', upToSeq: 5 } }]);
  });

  it('sends READ alone when it covers what was delivered', () => {
    const { sender, sent } = receipts();
    sender.want('c1', 'DELIVERED', 5);
    sender.want('c1', 'READ', 5);
    vi.advanceTimersByTime(1000);
    expect(sent.map((s) => s.receipt)).toEqual([{ status: 'READ', upToSeq: 5 }]);
  });

  it('sends nothing the server already confirmed, and nothing twice on one socket', () => {
    const { sender, sent, confirmed } = receipts();
    confirmed.read = 4;
    sender.want('c1', 'DELIVERED', 4);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([]);
    sender.want('c1', 'READ', 6);
    vi.advanceTimersByTime(1000);
    sender.flush();
    expect(sent.map((s) => s.receipt)).toEqual([{ status: 'READ', upToSeq: 6 }]);
  });

  it('sends an unconfirmed receipt again on the next socket, until its event confirms it', () => {
    const { sender, sent, confirmed, state } = receipts();
    state.connection = null;
    sender.want('c1', 'READ', 2);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([]);
    state.connection = 2;
    sender.flush();
    state.connection = 3;
    sender.flush();
    expect(sent).toHaveLength(2);
    confirmed.read = 2;
    state.connection = 4;
    sender.flush();
    expect(sent).toHaveLength(2);
  });
});

describe('TypingSender', () => {
  function typing() {
    const frames: Array<{ at: number; typing: boolean }> = [];
    const sender = new TypingSender((_id, on) => frames.push({ at: Date.now(), typing: on }) > 0, {
      minIntervalMs: 1000,
      refreshMs: 3000,
      idleMs: 4000,
    });
    return { sender, frames, start: Date.now() };
  }

  it('sends typing once while keys come quickly, repeats it every 3 s, stops after a pause', () => {
    const { sender, frames, start } = typing();
    for (let i = 0; i < 50; i++) {
      sender.activity('c1');
      vi.advanceTimersByTime(100);
    }
    sender.activity('c1');
    vi.advanceTimersByTime(4000);
    expect(frames.map((f) => [f.at - start, f.typing])).toEqual([
      [0, true],
      [3000, true],
      [9000, false],
    ]);
  });

  it('never sends two frames within a second: a quick stop waits', () => {
    const { sender, frames, start } = typing();
    sender.activity('c1');
    vi.advanceTimersByTime(200);
    sender.stop('c1');
    expect(frames).toHaveLength(1);
    vi.advanceTimersByTime(800);
    expect(frames.map((f) => [f.at - start, f.typing])).toEqual([
      [0, true],
      [1000, false],
    ]);
  });

  it('clears without a frame when the message is sent', () => {
    const { sender, frames } = typing();
    sender.activity('c1');
    sender.messageSent('c1');
    vi.advanceTimersByTime(10_000);
    expect(frames.map((f) => f.typing)).toEqual([true]);
  });
});
