import { describe, expect, it } from 'vitest';
import type { ConversationEvent, TypingUpdate } from '../src/contract.ts';
import {
  conversationsReducer as reduce,
  initialConversationsState,
  selectConversations,
  selectTimeline,
  type ConversationAction,
  type ConversationsState,
} from '../src/conversations.ts';
import { AGENT, CONV, CUSTOMER, assigned, at, conversationAfter, ended, message } from './fixtures.ts';

const asCustomer = reduce(initialConversationsState, { type: 'session', selfId: CUSTOMER, roles: ['GUEST'] });
const asAgent = reduce(initialConversationsState, { type: 'session', selfId: AGENT, roles: ['AGENT'] });

function receipt(seq: number, by: 'customer' | 'agent', status: 'DELIVERED' | 'READ', upToSeq: number) {
  return signal(seq, by, { type: 'RECEIPT', receiptStatus: status, upToSeq });
}

function reaction(
  seq: number,
  by: 'customer' | 'agent',
  targetSeq: number,
  emoji: string,
  op: 'ADD' | 'REMOVE',
) {
  return signal(seq, by, { type: 'REACTION', targetSeq, emoji, op });
}

function signal(
  seq: number,
  by: 'customer' | 'agent',
  fields: Partial<ConversationEvent>,
): ConversationEvent {
  return {
    conversationId: CONV,
    seq,
    type: 'RECEIPT',
    id: `s${seq}`,
    senderId: by === 'customer' ? CUSTOMER : AGENT,
    senderRole: by === 'customer' ? 'CUSTOMER' : 'AGENT',
    text: null,
    clientMessageId: null,
    agentId: null,
    agentName: null,
    at: at(seq),
    ...fields,
  };
}

const apply = (state: ConversationsState, ...events: ConversationEvent[]) =>
  reduce(state, { type: 'events', events });
const lines = (state: ConversationsState, self = CUSTOMER) => selectTimeline(state.byId[CONV]!, self);

/** Customer writes 1, 3; Carol joins (2) and writes 4; receipts and reactions follow. */
const story: ConversationEvent[] = [
  message(1),
  assigned(2),
  message(3),
  message(4, 'agent'),
  receipt(5, 'agent', 'DELIVERED', 3),
  receipt(6, 'customer', 'READ', 4),
  reaction(7, 'agent', 3, '👍', 'ADD'),
  reaction(8, 'customer', 3, '👍', 'ADD'),
  reaction(9, 'customer', 4, '❤️', 'ADD'),
  receipt(10, 'agent', 'READ', 1),
  reaction(11, 'customer', 4, '❤️', 'REMOVE'),
  receipt(12, 'agent', 'READ', 3),
];

describe('receipts', () => {
  it("ticks the customer's own messages delivered, then read, with the time of each", () => {
    const state = apply(asCustomer, ...story);
    const byText = (text: string) => lines(state).find((l) => l.text === text)!;
    expect(byText('text 1')).toMatchObject({ receipt: 'read', deliveredAt: at(5), readAt: at(10) });
    expect(byText('text 3')).toMatchObject({ receipt: 'read', deliveredAt: at(5), readAt: at(12) });
    // The agent's message is read by the customer (their own receipt), as the agent sees it.
    expect(
      selectTimeline(apply(asAgent, ...story).byId[CONV]!, AGENT).find((l) => l.seq === 4),
    ).toMatchObject({
      receipt: 'read',
      deliveredAt: at(6),
      readAt: at(6),
    });
  });

  it('is cumulative: a receipt that does not advance changes nothing', () => {
    const state = apply(asCustomer, message(1), assigned(2), receipt(3, 'agent', 'READ', 1));
    const again = apply(state, receipt(4, 'agent', 'DELIVERED', 1));
    expect(again.byId[CONV]!.receipts).toBe(state.byId[CONV]!.receipts);
    expect(again.byId[CONV]!.lastSeq).toBe(4);
  });

  it('never shows a receipt or a reaction as a line of the chat', () => {
    const state = apply(asCustomer, ...story);
    expect(lines(state).map((l) => l.type)).toEqual(['MESSAGE', 'ASSIGNED', 'MESSAGE', 'MESSAGE']);
    expect(selectConversations(state)[0]!.timeline.at(-1)!.type).toBe('RECEIPT');
  });
});

describe('reactions', () => {
  it('counts reactions per emoji and marks the own ones', () => {
    const state = apply(asCustomer, ...story);
    expect(lines(state).find((l) => l.seq === 3)!.reactions).toEqual([{ emoji: '👍', count: 2, mine: true }]);
    expect(lines(state).find((l) => l.seq === 4)!.reactions).toEqual([]);
    expect(selectTimeline(state.byId[CONV]!, AGENT).find((l) => l.seq === 3)!.reactions).toEqual([
      { emoji: '👍', count: 2, mine: true },
    ]);
  });

  it('shows an own change at once and settles it when its event arrives', () => {
    const base = apply(asCustomer, message(1), message(2, 'agent'));
    const pending = reduce(base, {
      type: 'localReaction',
      conversationId: CONV,
      reaction: { targetSeq: 2, emoji: '🎉', op: 'ADD' },
    });
    expect(lines(pending).find((l) => l.seq === 2)!.reactions).toEqual([
      { emoji: '🎉', count: 1, mine: true },
    ]);
    const stored = apply(pending, reaction(3, 'customer', 2, '🎉', 'ADD'));
    expect(stored.byId[CONV]!.pendingReactions).toEqual([]);
    expect(lines(stored).find((l) => l.seq === 2)!.reactions).toEqual([
      { emoji: '🎉', count: 1, mine: true },
    ]);
    const undo = reduce(stored, {
      type: 'localReaction',
      conversationId: CONV,
      reaction: { targetSeq: 2, emoji: '🎉', op: 'REMOVE' },
    });
    expect(lines(undo).find((l) => l.seq === 2)!.reactions).toEqual([]);
  });
});

describe('an old snapshot plus the events since equals a fresh snapshot, with receipts and reactions', () => {
  const fresh = reduce(asCustomer, {
    type: 'historyLoaded',
    conversation: conversationAfter(story),
    events: story,
  });
  for (let split = 0; split <= story.length; split++) {
    it(`splits after ${split} events`, () => {
      const old = story.slice(0, split);
      const snapshot = reduce(asCustomer, {
        type: 'historyLoaded',
        conversation: conversationAfter(old),
        events: old,
      });
      const caughtUp = apply(snapshot, ...story.slice(split));
      const { receipts, reactions, lastSeq, timeline } = caughtUp.byId[CONV]!;
      expect({ receipts, reactions, lastSeq, timeline }).toEqual({
        receipts: fresh.byId[CONV]!.receipts,
        reactions: fresh.byId[CONV]!.reactions,
        lastSeq: fresh.byId[CONV]!.lastSeq,
        timeline: fresh.byId[CONV]!.timeline,
      });
    });
  }
});

describe('typing', () => {
  const typing = (on: boolean, now: number): ConversationAction => {
    const update: TypingUpdate = {
      type: 'TYPING',
      conversationId: CONV,
      userId: AGENT,
      role: 'AGENT',
      typing: on,
      at: at(1),
      expiresInMs: 6000,
    };
    return { type: 'typing', update, now };
  };
  const base = apply(asCustomer, message(1), assigned(2));

  it('shows who types until the time is up without a refresh', () => {
    const on = reduce(base, typing(true, 1000));
    expect(on.byId[CONV]!.typing).toEqual([{ userId: AGENT, role: 'AGENT', until: 7000 }]);
    const refreshed = reduce(on, typing(true, 5000));
    expect(
      reduce(refreshed, { type: 'typingExpired', conversationId: CONV, now: 7001 }).byId[CONV]!.typing,
    ).toHaveLength(1);
    expect(
      reduce(refreshed, { type: 'typingExpired', conversationId: CONV, now: 11_001 }).byId[CONV]!.typing,
    ).toEqual([]);
  });

  it('hides it on typing:false and on a message from that person', () => {
    const on = reduce(base, typing(true, 1000));
    expect(reduce(on, typing(false, 1500)).byId[CONV]!.typing).toEqual([]);
    expect(apply(on, message(3, 'agent')).byId[CONV]!.typing).toEqual([]);
    expect(apply(on, message(3)).byId[CONV]!.typing).toHaveLength(1);
  });
});

describe('reopen', () => {
  it('puts an ended conversation back in line without an agent', () => {
    const state = apply(asCustomer, message(1), assigned(2), ended(3), {
      ...message(4),
      type: 'REOPENED',
      text: 'reopened',
      clientMessageId: null,
    });
    expect(state.byId[CONV]).toMatchObject({ status: 'QUEUED', agentId: null, endedAt: null });
  });
});
