import { emptyConversation, type ConversationView } from '@parley/client-sdk';
import { describe, expect, it } from 'vitest';
import { pickConversation } from './pickConversation.ts';

function view(id: string, status: ConversationView['status'], createdAt: string): ConversationView {
  return { ...emptyConversation(id), status, createdAt };
}

describe('pickConversation', () => {
  const byId = {
    old: view('old', 'ENDED', '2026-01-01T00:00:00Z'),
    a: view('a', 'ACTIVE', '2026-01-02T00:00:00Z'),
    b: view('b', 'QUEUED', '2026-01-03T00:00:00Z'),
  };

  it('shows the stored conversation, ended or not', () => {
    expect(pickConversation('old', byId)).toBe('old');
  });

  it('falls back to the newest open conversation', () => {
    expect(pickConversation(null, byId)).toBe('b');
  });

  it('shows the form when every conversation has ended', () => {
    expect(pickConversation(null, { old: byId.old })).toBeNull();
  });
});
