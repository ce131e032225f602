import { conversationsReducer, initialConversationsState, type ConversationView } from '@parley/client-sdk';
import { describe, expect, it } from 'vitest';
import {
  alertTitle,
  attentionCount,
  baselineAssignments,
  detectNewAssignments,
} from '../src/alerts/titleAlert.ts';
import {
  assignedEvent,
  conversation,
  CONV_A,
  CONV_B,
  CUSTOMER_A,
  CUSTOMER_B,
  customerMessage,
  SELF,
} from './fakes.tsx';

function views(...events: Parameters<typeof conversationsReducer>[1][]): ConversationView[] {
  const state = events.reduce(conversationsReducer, { ...initialConversationsState, selfId: SELF });
  return Object.values(state.byId);
}

const unread = (v: ConversationView) => v.unread;

describe('alertTitle', () => {
  it('is the plain title when nothing waits', () => {
    expect(alertTitle(0)).toBe('Parley');
  });

  it('puts the count in front when something waits', () => {
    expect(alertTitle(3)).toBe('(3) Parley');
  });
});

describe('attentionCount', () => {
  it('counts my open conversations with unread messages once each', () => {
    const v = views(
      { type: 'events', events: [assignedEvent(CONV_A, 1), customerMessage(CONV_A, CUSTOMER_A, 2, 'hi')] },
      { type: 'events', events: [customerMessage(CONV_A, CUSTOMER_A, 3, 'there?')] },
      { type: 'events', events: [assignedEvent(CONV_B, 1)] },
    );
    expect(attentionCount(v, SELF, unread, new Set())).toBe(1);
  });

  it('counts a new assignment without unread messages until it is acknowledged', () => {
    const v = views({ type: 'events', events: [assignedEvent(CONV_B, 1)] });
    expect(attentionCount(v, SELF, unread, new Set([CONV_B]))).toBe(1);
    expect(attentionCount(v, SELF, unread, new Set())).toBe(0);
  });

  it('drops to zero once read', () => {
    const before = views({
      type: 'events',
      events: [assignedEvent(CONV_A, 1), customerMessage(CONV_A, CUSTOMER_A, 2, 'hi')],
    });
    const after = views(
      { type: 'events', events: [assignedEvent(CONV_A, 1), customerMessage(CONV_A, CUSTOMER_A, 2, 'hi')] },
      { type: 'markRead', conversationId: CONV_A },
    );
    expect(attentionCount(before, SELF, unread, new Set())).toBe(1);
    expect(attentionCount(after, SELF, unread, new Set())).toBe(0);
  });

  it("ignores ended conversations and other agents' conversations", () => {
    const v = views(
      { type: 'conversationLoaded', conversation: conversation(CONV_A, CUSTOMER_A, { status: 'ENDED' }) },
      { type: 'events', events: [customerMessage(CONV_A, CUSTOMER_A, 1, 'bye')] },
      {
        type: 'conversationLoaded',
        conversation: conversation(CONV_B, CUSTOMER_B, { agentId: 'someone-else' }),
      },
      { type: 'events', events: [customerMessage(CONV_B, CUSTOMER_B, 1, 'hello')] },
    );
    expect(attentionCount(v, SELF, unread, new Set([CONV_A, CONV_B]))).toBe(0);
  });
});

describe('new assignments', () => {
  it('never alerts for conversations that were mine when the listing was first loaded', () => {
    const listed = [conversation(CONV_A, CUSTOMER_A)];
    const known = baselineAssignments(listed, SELF);
    const v = views({ type: 'conversationsLoaded', conversations: listed });
    expect(detectNewAssignments(known, v, SELF)).toEqual([]);
  });

  it('alerts for an active conversation of mine that appeared later', () => {
    const known = baselineAssignments([conversation(CONV_A, CUSTOMER_A)], SELF);
    const v = views(
      { type: 'conversationsLoaded', conversations: [conversation(CONV_A, CUSTOMER_A)] },
      { type: 'events', events: [assignedEvent(CONV_B, 1), customerMessage(CONV_B, CUSTOMER_B, 2, 'help')] },
    );
    expect(detectNewAssignments(known, v, SELF)).toEqual([CONV_B]);
  });

  it('alerts when a conversation queued at baseline time is later assigned to me (supervisors see those)', () => {
    const queued = conversation(CONV_B, CUSTOMER_B, { status: 'QUEUED', agentId: null, agentName: null });
    const known = baselineAssignments([queued], SELF);
    const v = views(
      { type: 'conversationsLoaded', conversations: [queued] },
      { type: 'events', events: [assignedEvent(CONV_B, 1)] },
    );
    expect(detectNewAssignments(known, v, SELF)).toEqual([CONV_B]);
  });
});
