import { conversationsReducer, initialConversationsState } from '@parley/client-sdk';
import { describe, expect, it } from 'vitest';
import { connectionMessage } from '../src/shell/ConnectionBanner.tsx';
import { orderForAgent } from '../src/workspace/ConversationList.tsx';
import { conversation, CUSTOMER_A, SELF } from './fakes.tsx';

describe('connectionMessage', () => {
  it('says nothing while live', () => {
    expect(connectionMessage({ status: 'live' })).toBeNull();
  });

  it('tells an offline agent when the next attempt comes', () => {
    expect(
      connectionMessage({
        status: 'offline',
        attempt: 2,
        authFailures: 0,
        retryInMs: 2400,
        reason: 'closed',
      }),
    ).toBe('Offline: live updates paused. Retrying in 3 s.');
  });

  it('asks to sign in again once the client gave up', () => {
    expect(
      connectionMessage({ status: 'error', reason: 'session lost', authFailures: 3, gaveUp: true }),
    ).toBe('Live updates stopped (session lost). Sign in again.');
  });
});

describe('orderForAgent', () => {
  it('puts active conversations first and keeps the recency order within a status', () => {
    const state = conversationsReducer(
      { ...initialConversationsState, selfId: SELF },
      {
        type: 'conversationsLoaded',
        conversations: [
          // lastSeq 1: metadata newer than the empty view, so its status applies.
          conversation('ended-new', CUSTOMER_A, { status: 'ENDED', lastSeq: 1 }),
          conversation('active-1', CUSTOMER_A, { lastSeq: 1 }),
          conversation('queued', CUSTOMER_A, { status: 'QUEUED', lastSeq: 1 }),
          conversation('active-2', CUSTOMER_A, { lastSeq: 1 }),
        ],
      },
    );
    const given = ['ended-new', 'active-1', 'queued', 'active-2'].map((id) => state.byId[id]!);
    expect(orderForAgent(given).map((v) => v.id)).toEqual(['active-1', 'active-2', 'queued', 'ended-new']);
  });
});
