import { describe, expect, it } from 'vitest';
import type { ConversationEvent } from '../src/contract.ts';
import {
  conversationsReducer as reduce,
  initialConversationsState,
  selectConversations,
  selectTimeline,
  selectTotalUnread,
  type ConversationAction,
  type ConversationsState,
} from '../src/conversations.ts';
import { AGENT, CONV, CUSTOMER, assigned, at, conversationAfter, ended, message } from './fixtures.ts';

const asAgent = reduce(initialConversationsState, { type: 'session', selfId: AGENT });
const asCustomer = reduce(initialConversationsState, { type: 'session', selfId: CUSTOMER });

function apply(state: ConversationsState, ...actions: ConversationAction[]): ConversationsState {
  return actions.reduce(reduce, state);
}

const events = (...list: ConversationEvent[]): ConversationAction => ({ type: 'events', events: list });

/** A whole conversation: queued, assigned, a chat, ended. */
const story: ConversationEvent[] = [
  message(1),
  assigned(2),
  message(3, 'agent'),
  message(4),
  message(5),
  // seq 6 is a hole: reserved by the server but never stored
  message(7, 'agent'),
  ended(8),
];

describe('conversation reducers', () => {
  it('applies a MESSAGE to a new conversation', () => {
    const state = apply(asAgent, { type: 'event', event: message(1) });
    const view = state.byId[CONV]!;
    expect(view).toMatchObject({
      status: 'QUEUED',
      lastSeq: 1,
      customerId: CUSTOMER,
      createdAt: at(1),
      unread: 1,
    });
    expect(view.timeline).toEqual([message(1)]);
  });

  it('marks a conversation ACTIVE with its agent on ASSIGNED, and ENDED on ENDED', () => {
    const active = apply(asCustomer, events(message(1), assigned(2)));
    expect(active.byId[CONV]).toMatchObject({
      status: 'ACTIVE',
      agentId: AGENT,
      agentName: 'Carol',
      assignedAt: at(2),
    });
    const over = apply(active, { type: 'event', event: ended(3) });
    expect(over.byId[CONV]).toMatchObject({ status: 'ENDED', endedAt: at(3), lastSeq: 3 });
  });

  it('ignores duplicates and old events without creating a new state', () => {
    const state = apply(asAgent, events(message(1), message(2)));
    expect(reduce(state, { type: 'event', event: message(2) })).toBe(state);
    expect(reduce(state, { type: 'event', event: message(1) })).toBe(state);
    expect(reduce(state, events(message(1), message(2)))).toBe(state);
  });

  it('applies a batch in seq order whatever order it came in', () => {
    const state = apply(asAgent, events(message(3), message(1), message(2)));
    expect(state.byId[CONV]!.timeline.map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('keeps the queue position while queued and drops it once assigned', () => {
    const update = (position: number, seq: number) =>
      ({
        type: 'queuePosition',
        update: { type: 'QUEUE_POSITION', conversationId: CONV, position, at: at(seq) },
      }) as const;
    const queued = apply(asCustomer, { type: 'event', event: message(1) }, update(3, 2), update(2, 3));
    expect(queued.byId[CONV]!.queuePosition).toBe(2);
    const assignedState = apply(queued, { type: 'event', event: assigned(2) });
    expect(assignedState.byId[CONV]!.queuePosition).toBeNull();
    expect(apply(assignedState, update(1, 9)).byId[CONV]!.queuePosition).toBeNull();
  });

  it('takes a local send from pending to sent on its ack, then to confirmed on its event', () => {
    const local = {
      conversationId: CONV,
      clientMessageId: 'c4',
      senderId: CUSTOMER,
      text: 'text 4',
      at: at(4),
    };
    const pending = apply(asCustomer, events(message(1), assigned(2)), { type: 'localSend', message: local });
    expect(pending.byId[CONV]!.pending).toEqual([
      { ...local, status: 'pending', seq: null, messageId: null, error: null },
    ]);
    const sent = apply(pending, {
      type: 'ack',
      ack: { conversationId: CONV, clientMessageId: 'c4', messageId: 'm4', seq: 4 },
    });
    expect(sent.byId[CONV]!.pending[0]).toMatchObject({ status: 'sent', seq: 4, messageId: 'm4' });
    const confirmed = apply(sent, { type: 'event', event: message(4) });
    expect(confirmed.byId[CONV]!.pending).toEqual([]);
    expect(selectTimeline(confirmed.byId[CONV]!, CUSTOMER).at(-1)).toMatchObject({
      key: 'c4',
      status: 'confirmed',
      mine: true,
    });
  });

  it('ignores a late ack and a repeated local send of a message already confirmed', () => {
    const state = apply(asCustomer, { type: 'event', event: message(1) });
    const ack = { conversationId: CONV, clientMessageId: 'c1', messageId: 'm1', seq: 1 };
    expect(reduce(state, { type: 'ack', ack })).toBe(state);
    const again = {
      conversationId: CONV,
      clientMessageId: 'c1',
      senderId: CUSTOMER,
      text: 'text 1',
      at: at(1),
    };
    expect(reduce(state, { type: 'localSend', message: again })).toBe(state);
  });

  it('marks a refused message failed and can discard it', () => {
    const local = { conversationId: CONV, clientMessageId: 'x', senderId: CUSTOMER, text: 'hi', at: at(9) };
    const failed = apply(
      asCustomer,
      { type: 'localSend', message: local },
      {
        type: 'sendFailed',
        conversationId: CONV,
        clientMessageId: 'x',
        reason: 'conversation has ended',
      },
    );
    expect(failed.byId[CONV]!.pending[0]).toMatchObject({
      status: 'failed',
      error: 'conversation has ended',
    });
    const gone = apply(failed, { type: 'discardLocal', conversationId: CONV, clientMessageId: 'x' });
    expect(gone.byId[CONV]!.pending).toEqual([]);
  });

  it('counts unread messages from others only, and markRead clears them', () => {
    const state = apply(
      asAgent,
      events(message(1), assigned(2), message(3, 'agent'), message(4), message(5)),
    );
    expect(state.byId[CONV]!.unread).toBe(3);
    const read = apply(state, { type: 'markRead', conversationId: CONV });
    expect(read.byId[CONV]).toMatchObject({ unread: 0, readSeq: 5 });
    expect(reduce(read, { type: 'markRead', conversationId: CONV })).toBe(read);
    const later = apply(
      read,
      { type: 'event', event: message(6, 'agent') },
      { type: 'event', event: message(7) },
    );
    expect(later.byId[CONV]!.unread).toBe(1);
    expect(selectTotalUnread(later)).toBe(1);
    expect(reduce(later, { type: 'markRead', conversationId: 'unknown' })).toBe(later);
  });

  it('never moves a conversation backwards when stale metadata arrives', () => {
    const over = apply(asAgent, events(message(1), assigned(2), ended(3)));
    const stale = conversationAfter([message(1)]);
    const after = reduce(over, { type: 'conversationLoaded', conversation: stale });
    expect(after.byId[CONV]).toMatchObject({ status: 'ENDED', agentId: AGENT, department: 'support' });
  });

  it('keeps newer live events when an older history snapshot arrives', () => {
    const live = apply(asAgent, events(...story));
    const old = story.slice(0, 3);
    const after = reduce(live, { type: 'historyLoaded', conversation: conversationAfter(old), events: old });
    expect(after.byId[CONV]!.timeline).toEqual(story);
    expect(after.byId[CONV]!.status).toBe('ENDED');
  });

  it('lists conversations by latest activity', () => {
    const other = '33333333-3333-4333-8333-333333333333';
    const state = apply(asAgent, events(message(1), message(2)), {
      type: 'event',
      event: { ...message(1, 'customer', other), at: at(30) },
    });
    expect(selectConversations(state).map((v) => v.id)).toEqual([other, CONV]);
  });

  it('forgets everything when another user signs in', () => {
    const state = apply(asAgent, events(message(1)));
    expect(reduce(state, { type: 'session', selfId: AGENT })).toBe(state);
    expect(reduce(state, { type: 'session', selfId: CUSTOMER }).byId).toEqual({});
  });

  // Zulip's check: an old snapshot plus the events since equals a fresh snapshot.
  describe('an old snapshot plus the events since equals a fresh snapshot', () => {
    const fresh = (self: ConversationsState) =>
      reduce(self, { type: 'historyLoaded', conversation: conversationAfter(story), events: story });

    for (const self of [asAgent, asCustomer]) {
      for (let k = 0; k <= story.length; k++) {
        it(`for ${self === asAgent ? 'the agent' : 'the customer'}, snapshot after ${k} events`, () => {
          const before = story.slice(0, k);
          const snapshot = reduce(self, {
            type: 'historyLoaded',
            conversation: conversationAfter(before),
            events: before,
          });
          // Live delivery repeats some events and may batch them; the result must not depend on it.
          const replay = [...story.slice(Math.max(0, k - 2))];
          const caughtUp = replay.reduce((s, event) => reduce(s, { type: 'event', event }), snapshot);
          expect(caughtUp).toEqual(fresh(self));
          expect(reduce(snapshot, { type: 'events', events: [...replay].reverse() })).toEqual(fresh(self));
        });
      }
    }

    it('also when the metadata came from the list, not from history', () => {
      const listed = reduce(asAgent, {
        type: 'conversationsLoaded',
        conversations: [conversationAfter([message(1)])],
      });
      const caughtUp = reduce(listed, { type: 'events', events: story });
      expect(caughtUp).toEqual(fresh(asAgent));
    });
  });
});
