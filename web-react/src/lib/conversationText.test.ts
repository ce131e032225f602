import type { ConversationEvent } from '@parley/client-sdk';
import { describe, expect, it } from 'vitest';
import {
  agentNames,
  conversationStatusText,
  shownToCustomer,
  systemLineText,
  waitPhrase,
} from './conversationText.ts';

const queued = (queuePosition: number | null, estimatedWaitSeconds: number | null) =>
  conversationStatusText({ status: 'QUEUED', queuePosition, agentName: null, estimatedWaitSeconds });

describe('conversationStatusText', () => {
  it('gives the place in line with the expected wait while queued', () => {
    expect(queued(3, 240)).toBe('You are number 3 in line · about 4 min');
    expect(queued(1, 20)).toBe('You are next in line · less than a minute');
    expect(queued(12, 5400)).toBe('You are number 12 in line · over an hour');
  });

  it('promises no time when nobody who could take the chat is online', () => {
    expect(queued(4, null)).toBe(
      "You are number 4 in line. We'll connect you as soon as someone is available.",
    );
  });

  it('waits for the first place in line', () => {
    expect(queued(null, null)).toBe('Waiting for an agent to join…');
  });

  it('names the agent once assigned', () => {
    expect(
      conversationStatusText({
        status: 'ACTIVE',
        queuePosition: null,
        agentName: 'Carol',
        estimatedWaitSeconds: null,
      }),
    ).toBe('You are chatting with Carol.');
  });
});

describe('waitPhrase', () => {
  it('says less than a minute below 60 seconds, also for an agent free right now', () => {
    expect(waitPhrase(0)).toBe('less than a minute');
    expect(waitPhrase(59)).toBe('less than a minute');
  });

  it('rounds to whole minutes up to an hour', () => {
    expect(waitPhrase(60)).toBe('about 1 min');
    expect(waitPhrase(89)).toBe('about 1 min');
    expect(waitPhrase(90)).toBe('about 2 min');
    expect(waitPhrase(1490)).toBe('about 25 min');
    expect(waitPhrase(3580)).toBe('about an hour');
    expect(waitPhrase(3600)).toBe('about an hour');
  });

  it('says over an hour beyond that', () => {
    expect(waitPhrase(3601)).toBe('over an hour');
    expect(waitPhrase(86_400)).toBe('over an hour');
  });
});

const line = (
  type: ConversationEvent['type'],
  over: { senderId?: string; text?: string | null; agentName?: string | null } = {},
) => ({
  type,
  senderId: 's',
  senderRole: 'SYSTEM' as const,
  text: null,
  agentName: null,
  ...over,
});

describe('systemLineText', () => {
  it('says who joined and who ended', () => {
    expect(systemLineText(line('ASSIGNED'), 'me', 'Carol')).toBe('Carol joined the chat.');
    expect(
      systemLineText({ ...line('ENDED', { senderId: 'me' }), senderRole: 'CUSTOMER' }, 'me', 'Carol'),
    ).toBe('You ended the chat.');
    expect(systemLineText({ ...line('ENDED', { senderId: 'a' }), senderRole: 'AGENT' }, 'me', 'Carol')).toBe(
      'Carol ended the chat.',
    );
  });

  it('names the agent the event names, not only the current one', () => {
    expect(systemLineText(line('ASSIGNED', { agentName: 'Carol' }), 'me', 'Bob Chen')).toBe(
      'Carol joined the chat.',
    );
  });

  it('shows the line the server wrote for a transfer and a requeue', () => {
    expect(
      systemLineText(line('TRANSFERRED', { text: 'Transferring you to the sales team' }), 'me', 'Carol'),
    ).toBe('Transferring you to the sales team');
    expect(
      systemLineText(
        line('REQUEUED', { text: 'Your agent is unavailable. You are first in line again.' }),
        'me',
        null,
      ),
    ).toBe('Your agent is unavailable. You are first in line again.');
    expect(systemLineText(line('TRANSFERRED', { agentName: 'Bob Chen' }), 'me', 'Carol')).toBe(
      'Transferring you to Bob Chen.',
    );
  });
});

describe('shownToCustomer', () => {
  it('shows every kind of line except a note', () => {
    const kinds: Array<ConversationEvent['type']> = [
      'MESSAGE',
      'ASSIGNED',
      'ENDED',
      'TRANSFERRED',
      'REQUEUED',
    ];
    expect(kinds.every((type) => shownToCustomer({ type }))).toBe(true);
    expect(shownToCustomer({ type: 'NOTE' })).toBe(false);
  });
});

describe('agentNames', () => {
  it('remembers every agent who joined, by id', () => {
    const joined = (agentId: string, agentName: string, seq: number): ConversationEvent => ({
      conversationId: 'c1',
      seq,
      type: 'ASSIGNED',
      id: `e${seq}`,
      senderId: 'system',
      senderRole: 'SYSTEM',
      text: null,
      clientMessageId: null,
      agentId,
      agentName,
      at: '2026-03-01T10:00:00Z',
    });
    expect([...agentNames([joined('carol', 'Carol', 2), joined('bob', 'Bob Chen', 5)])]).toEqual([
      ['carol', 'Carol'],
      ['bob', 'Bob Chen'],
    ]);
  });
});

describe('systemLineText for a reopened chat', () => {
  it('says who reopened it and that it waits for an agent, never that it ended', () => {
    const line = { type: 'REOPENED' as const, senderRole: 'CUSTOMER' as const, text: null, agentName: null };
    expect(systemLineText({ ...line, senderId: 'me' }, 'me', null)).toBe(
      'You reopened the chat. Waiting for an agent…',
    );
    expect(systemLineText({ ...line, senderId: 'other' }, 'me', 'Carol')).toBe(
      'The chat was reopened. Waiting for an agent…',
    );
  });
});
