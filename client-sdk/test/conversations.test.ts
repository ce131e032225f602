import { describe, expect, it } from 'vitest';
import type { ConversationEvent, QueuePositionUpdate } from '../src/contract.ts';
import {
  conversationsReducer as reduce,
  initialConversationsState,
  selectConversations,
  selectTimeline,
  selectTotalUnread,
  type ConversationAction,
  type ConversationsState,
} from '../src/conversations.ts';
import {
  AGENT,
  BOB,
  CONV,
  CUSTOMER,
  assigned,
  assignedTo,
  at,
  conversationAfter,
  ended,
  message,
  note,
  requeued,
  transferred,
} from './fixtures.ts';

const asAgent = reduce(initialConversationsState, { type: 'session', selfId: AGENT, roles: ['AGENT'] });
const asCustomer = reduce(initialConversationsState, { type: 'session', selfId: CUSTOMER, roles: ['GUEST'] });

function position(place: number, seq: number, estimatedWaitSeconds: number | null = null, offer = false) {
  return {
    type: 'queuePosition',
    update: {
      type: 'QUEUE_POSITION',
      conversationId: CONV,
      position: place,
      at: at(seq),
      estimatedWaitSeconds,
      offerLeaveMessage: offer,
    },
  } as const;
}

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
    const queued = apply(asCustomer, { type: 'event', event: message(1) }, position(3, 2), position(2, 3));
    expect(queued.byId[CONV]!.queuePosition).toBe(2);
    const assignedState = apply(queued, { type: 'event', event: assigned(2) });
    expect(assignedState.byId[CONV]!.queuePosition).toBeNull();
    expect(apply(assignedState, position(1, 9)).byId[CONV]!.queuePosition).toBeNull();
  });

  it('keeps the estimated wait and the leave-message offer while queued, and drops them once assigned', () => {
    const queued = apply(asCustomer, { type: 'event', event: message(1) }, position(3, 2, 420));
    expect(queued.byId[CONV]).toMatchObject({
      queuePosition: 3,
      estimatedWaitSeconds: 420,
      offerLeaveMessage: false,
    });
    const nobodyOnline = apply(queued, position(3, 3, null, true));
    expect(nobodyOnline.byId[CONV]).toMatchObject({ estimatedWaitSeconds: null, offerLeaveMessage: true });
    expect(reduce(nobodyOnline, position(3, 3, null, true))).toBe(nobodyOnline);
    const taken = apply(nobodyOnline, { type: 'event', event: assigned(2) });
    expect(taken.byId[CONV]).toMatchObject({ estimatedWaitSeconds: null, offerLeaveMessage: false });
  });

  it('reads a position update of an older server (no estimate fields) as no estimate and no offer', () => {
    const old = { type: 'QUEUE_POSITION', conversationId: CONV, position: 2, at: at(2) };
    const state = apply(
      asCustomer,
      { type: 'event', event: message(1) },
      {
        type: 'queuePosition',
        update: old as unknown as QueuePositionUpdate,
      },
    );
    expect(state.byId[CONV]).toMatchObject({
      queuePosition: 2,
      estimatedWaitSeconds: null,
      offerLeaveMessage: false,
    });
  });

  it('keeps a transfer to another agent active; the ASSIGNED that follows names the new agent', () => {
    const state = apply(
      asCustomer,
      events(message(1), assigned(2), transferred(3, { agent: 'Bob' }), assignedTo(4, BOB, 'Bob Chen')),
    );
    expect(state.byId[CONV]).toMatchObject({ status: 'ACTIVE', agentId: BOB, agentName: 'Bob Chen' });
    expect(selectTimeline(state.byId[CONV]!, CUSTOMER).map((m) => [m.type, m.agentName])).toEqual([
      ['MESSAGE', null],
      ['ASSIGNED', 'Carol'],
      ['TRANSFERRED', 'Bob Chen'],
      ['ASSIGNED', 'Bob Chen'],
    ]);
  });

  it('puts a conversation transferred to a department back in line there, without an agent', () => {
    const state = apply(
      asCustomer,
      events(message(1), assigned(2)),
      { type: 'event', event: transferred(3, { department: 'sales' }) },
      position(1, 4, 0),
    );
    expect(state.byId[CONV]).toMatchObject({
      status: 'QUEUED',
      department: 'sales',
      agentId: null,
      agentName: null,
      assignedAt: null,
      queuePosition: 1,
      estimatedWaitSeconds: 0,
    });
    expect(state.byId[CONV]!.timeline.at(-1)).toMatchObject({ text: 'Transferring you to the sales team' });
  });

  it('puts a requeued conversation back in line with no agent and no stale place or estimate', () => {
    const waited = apply(asCustomer, { type: 'event', event: message(1) }, position(4, 1, 600));
    const state = apply(waited, events(assigned(2), message(3)), { type: 'event', event: requeued(4) });
    expect(state.byId[CONV]).toMatchObject({
      status: 'QUEUED',
      agentId: null,
      department: 'support',
      queuePosition: null,
      estimatedWaitSeconds: null,
      offerLeaveMessage: false,
    });
    const again = apply(state, { type: 'event', event: assignedTo(5, BOB, 'Bob Chen') });
    expect(again.byId[CONV]).toMatchObject({ status: 'ACTIVE', agentName: 'Bob Chen' });
  });

  it('never reopens an ended conversation on a late transfer or requeue', () => {
    const over = apply(asAgent, events(message(1), assigned(2), ended(3)));
    const after = apply(
      over,
      { type: 'event', event: requeued(4) },
      { type: 'event', event: transferred(5, { department: 'sales' }) },
    );
    expect(after.byId[CONV]).toMatchObject({ status: 'ENDED', agentId: AGENT, department: null });
  });

  it("drops a note from a customer's state but passes its seq, so no gap is repaired for it", () => {
    const state = apply(
      asCustomer,
      events(message(1), assigned(2), transferred(3, { agent: 'Bob' }), note(4)),
    );
    const view = state.byId[CONV]!;
    expect(view.timeline.map((e) => e.type)).toEqual(['MESSAGE', 'ASSIGNED', 'TRANSFERRED']);
    expect(view.lastSeq).toBe(4);
    expect(view.unread).toBe(0);
    const history = reduce(asCustomer, {
      type: 'historyLoaded',
      conversation: conversationAfter([message(1), note(2)]),
      events: [message(1), note(2)],
    });
    expect(history.byId[CONV]!.timeline.map((e) => e.type)).toEqual(['MESSAGE']);
  });

  it('keeps notes for staff, without counting them as unread', () => {
    const state = apply(asAgent, events(message(1), assigned(2), note(3)));
    expect(state.byId[CONV]!.timeline.at(-1)).toMatchObject({
      type: 'NOTE',
      text: 'VIP, asked about a refund twice',
    });
    expect(state.byId[CONV]!.unread).toBe(1);
  });

  it('drops the notes already held when the same user turns out to be a customer', () => {
    const bare = reduce(initialConversationsState, { type: 'session', selfId: CUSTOMER });
    const held = apply(bare, events(message(1), note(2)));
    expect(held.byId[CONV]!.timeline).toHaveLength(2);
    const customer = reduce(held, { type: 'session', selfId: CUSTOMER, roles: ['CUSTOMER'] });
    expect(customer.hideNotes).toBe(true);
    expect(customer.byId[CONV]!.timeline.map((e) => e.type)).toEqual(['MESSAGE']);
    expect(reduce(customer, { type: 'session', selfId: CUSTOMER, roles: ['CUSTOMER'] })).toBe(customer);
  });

  it('does not let stale metadata undo a requeue, but takes newer metadata until its events arrive', () => {
    const back = apply(asCustomer, events(message(1), assigned(2), requeued(3)));
    const stale = conversationAfter([message(1), assigned(2)]);
    const after = reduce(back, { type: 'conversationLoaded', conversation: stale });
    expect(after.byId[CONV]).toMatchObject({ status: 'QUEUED', agentId: null, agentName: null });
    const newer = conversationAfter([message(1), assigned(2), requeued(3), assignedTo(4, BOB, 'Bob Chen')]);
    const ahead = reduce(after, { type: 'conversationLoaded', conversation: newer });
    expect(ahead.byId[CONV]).toMatchObject({ status: 'ACTIVE', agentId: BOB, agentName: 'Bob Chen' });
  });

  it('takes the priority and skills the customer started with from the metadata', () => {
    const started = { ...conversationAfter([message(1)]), priority: 'HIGH' as const, skills: ['billing'] };
    const state = reduce(asCustomer, { type: 'conversationLoaded', conversation: started });
    expect(state.byId[CONV]).toMatchObject({ priority: 'HIGH', skills: ['billing'] });
    const again = reduce(state, {
      type: 'conversationLoaded',
      conversation: { ...started, skills: ['billing'] },
    });
    expect(again).toBe(state);
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

  // The same check over a routed conversation: transfers, notes, a requeue, an end while waiting.
  describe('an old snapshot plus the events since equals a fresh snapshot, with routing', () => {
    const routed: ConversationEvent[] = [
      message(1),
      assigned(2),
      message(3, 'agent'),
      transferred(4, { agent: 'Bob' }),
      note(5),
      assignedTo(6, BOB, 'Bob Chen'),
      message(7),
      transferred(8, { department: 'sales' }),
      note(9, 'wants a discount'),
      assignedTo(10, 'alice', 'Alice'),
      requeued(11, 'sales'),
      message(12),
      ended(13),
    ];
    // The server leaves notes out of a customer's history; the SDK drops them anyway.
    const seen = (self: ConversationsState, list: ConversationEvent[]) =>
      self === asCustomer ? list.filter((e) => e.type !== 'NOTE') : list;
    const fresh = (self: ConversationsState) =>
      reduce(self, {
        type: 'historyLoaded',
        conversation: conversationAfter(routed),
        events: seen(self, routed),
      });

    it('ends in the right place for each audience', () => {
      expect(fresh(asAgent).byId[CONV]).toMatchObject({
        status: 'ENDED',
        department: 'sales',
        agentId: null,
      });
      expect(fresh(asAgent).byId[CONV]!.timeline.filter((e) => e.type === 'NOTE')).toHaveLength(2);
      expect(fresh(asCustomer).byId[CONV]!.timeline.filter((e) => e.type === 'NOTE')).toEqual([]);
    });

    for (const self of [asAgent, asCustomer]) {
      for (let k = 0; k <= routed.length; k++) {
        it(`for ${self === asAgent ? 'the agent' : 'the customer'}, snapshot after ${k} events`, () => {
          const before = routed.slice(0, k);
          const snapshot = reduce(self, {
            type: 'historyLoaded',
            conversation: conversationAfter(before),
            events: seen(self, before),
          });
          // Live: a customer is never sent a note, but one that slipped through must change nothing.
          const replay = routed.slice(Math.max(0, k - 2));
          const caughtUp = replay.reduce((s, event) => reduce(s, { type: 'event', event }), snapshot);
          expect(caughtUp).toEqual(fresh(self));
        });
      }
    }
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
