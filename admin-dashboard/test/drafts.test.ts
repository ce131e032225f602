import { conversationsReducer, initialConversationsState } from '@parley/client-sdk';
import { describe, expect, it } from 'vitest';
import { withDraft } from '../src/workspace/drafts.ts';
import { rememberReads, unreadCount } from '../src/workspace/readState.ts';
import { assignedEvent, CONV_A, CONV_B, CUSTOMER_A, customerMessage, SELF } from './fakes.tsx';

describe('withDraft', () => {
  it('keeps each conversation its own text', () => {
    const drafts = withDraft(withDraft({}, CONV_A, 'for A'), CONV_B, 'for B');
    expect(drafts).toEqual({ [CONV_A]: 'for A', [CONV_B]: 'for B' });
  });

  it('forgets a draft set to empty and returns the same object when nothing changes', () => {
    const drafts = withDraft({}, CONV_A, 'x');
    expect(withDraft(drafts, CONV_A, 'x')).toBe(drafts);
    expect(withDraft(drafts, CONV_A, '')).toEqual({});
  });
});

describe('read positions', () => {
  const loaded = conversationsReducer(
    { ...initialConversationsState, selfId: SELF },
    {
      type: 'events',
      events: [
        assignedEvent(CONV_A, 1),
        customerMessage(CONV_A, CUSTOMER_A, 2, 'one'),
        customerMessage(CONV_A, CUSTOMER_A, 3, 'two'),
        customerMessage(CONV_A, CUSTOMER_A, 4, 'three'),
      ],
    },
  );
  const view = loaded.byId[CONV_A]!;

  it("uses the SDK's count when nothing was remembered", () => {
    expect(unreadCount(view, SELF, undefined)).toBe(3);
  });

  it('counts only messages after a remembered read position (a reload)', () => {
    expect(unreadCount(view, SELF, 3)).toBe(1);
  });

  it('remembers where the SDK marked a conversation read', () => {
    const read = conversationsReducer(loaded, { type: 'markRead', conversationId: CONV_A });
    const positions = rememberReads({}, Object.values(read.byId));
    expect(positions).toEqual({ [CONV_A]: 4 });
    expect(rememberReads(positions, Object.values(read.byId))).toBe(positions);
  });
});
