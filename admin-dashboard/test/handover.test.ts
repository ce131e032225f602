import { conversationsReducer, initialConversationsState, type ConversationEvent } from '@parley/client-sdk';
import { describe, expect, it } from 'vitest';
import { handoverOf, handoverText, holds, takenAway, type Handover } from '../src/workspace/handover.ts';
import { assignedEvent, at, CONV_A, CUSTOMER_A, customerMessage, SELF } from './fakes.tsx';

const OTHER = '00000000-0000-0000-0000-00000000b004';

function ev(seq: number, over: Partial<ConversationEvent>): ConversationEvent {
  return {
    conversationId: CONV_A,
    seq,
    type: 'MESSAGE',
    id: `e${seq}`,
    senderId: 'system',
    senderRole: 'SYSTEM',
    text: null,
    clientMessageId: null,
    agentId: null,
    agentName: null,
    at: at(seq),
    department: null,
    ...over,
  };
}

function view(...events: ConversationEvent[]) {
  const state = conversationsReducer(
    conversationsReducer(initialConversationsState, { type: 'session', selfId: SELF, roles: ['AGENT'] }),
    { type: 'events', events: [customerMessage(CONV_A, CUSTOMER_A, 1, 'hi'), ...events] },
  );
  return state.byId[CONV_A]!;
}

describe('takenAway', () => {
  it('is null while the conversation is mine, and for one that never was', () => {
    expect(takenAway(view(assignedEvent(CONV_A, 2)), SELF)).toBeNull();
    expect(takenAway(view(ev(2, { type: 'ASSIGNED', agentId: OTHER, agentName: 'Dave' })), SELF)).toBeNull();
  });

  it('names the target of a transfer and who did it', () => {
    const toDave = view(
      assignedEvent(CONV_A, 2),
      ev(3, { type: 'TRANSFERRED', senderId: SELF, senderRole: 'AGENT', agentId: OTHER, agentName: 'Dave' }),
      ev(4, { type: 'ASSIGNED', agentId: OTHER, agentName: 'Dave' }),
    );
    expect(takenAway(toDave, SELF)).toEqual({
      conversationId: CONV_A,
      kind: 'agent',
      to: 'Dave',
      byMe: true,
      seq: 3,
    });
    const toSales = view(
      assignedEvent(CONV_A, 2),
      ev(3, { type: 'TRANSFERRED', senderId: 'sup', department: 'sales' }),
    );
    expect(takenAway(toSales, SELF)).toMatchObject({ kind: 'department', to: 'sales', byMe: false });
  });

  it('tells a requeue and a supervisor reassignment apart', () => {
    expect(
      takenAway(view(assignedEvent(CONV_A, 2), ev(3, { type: 'REQUEUED', department: 'support' })), SELF),
    ).toMatchObject({
      kind: 'requeued',
    });
    expect(
      takenAway(
        view(assignedEvent(CONV_A, 2), ev(3, { type: 'ASSIGNED', agentId: OTHER, agentName: 'Dave' })),
        SELF,
      ),
    ).toMatchObject({ kind: 'reassigned', to: 'Dave' });
  });

  it('is null again once the conversation comes back to me', () => {
    const back = view(
      assignedEvent(CONV_A, 2),
      ev(3, { type: 'TRANSFERRED', senderId: SELF, department: 'support' }),
      assignedEvent(CONV_A, 4),
    );
    expect(takenAway(back, SELF)).toBeNull();
    expect(holds(back, SELF, {})).toBe(true);
  });
});

describe('handoverOf', () => {
  const asked: Handover = { conversationId: CONV_A, kind: 'agent', to: 'Dave', byMe: true, seq: 2 };

  it("counts the agent's own accepted transfer before the server's events arrive", () => {
    const mine = view(assignedEvent(CONV_A, 2));
    expect(holds(mine, SELF, {})).toBe(true);
    expect(handoverOf(mine, SELF, { [CONV_A]: asked })).toBe(asked);
    expect(holds(mine, SELF, { [CONV_A]: asked })).toBe(false);
  });

  it('forgets it once the conversation is assigned to the agent again', () => {
    const again = view(
      assignedEvent(CONV_A, 2),
      ev(3, { type: 'TRANSFERRED', senderId: SELF, department: 'support' }),
      assignedEvent(CONV_A, 4),
    );
    expect(handoverOf(again, SELF, { [CONV_A]: asked })).toBeNull();
  });

  it('says what happened in a sentence', () => {
    expect(handoverText(asked, CUSTOMER_A)).toBe(
      'Customer aaaaaaaa: you transferred the conversation to Dave.',
    );
    expect(handoverText({ ...asked, kind: 'requeued', byMe: false }, null)).toMatch(
      /^Customer …: the conversation went back/,
    );
  });
});
