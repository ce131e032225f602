import { describe, expect, it } from 'vitest';
import { conversationStatusText, systemLineText } from './conversationText.ts';

describe('conversationStatusText', () => {
  it('gives the place in line while queued', () => {
    expect(conversationStatusText({ status: 'QUEUED', queuePosition: 3, agentName: null })).toBe(
      'You are number 3 in line.',
    );
    expect(conversationStatusText({ status: 'QUEUED', queuePosition: 1, agentName: null })).toContain('next');
    expect(conversationStatusText({ status: 'QUEUED', queuePosition: null, agentName: null })).toBe(
      'Waiting for an agent to join…',
    );
  });

  it('names the agent once assigned', () => {
    expect(conversationStatusText({ status: 'ACTIVE', queuePosition: null, agentName: 'Carol' })).toBe(
      'You are chatting with Carol.',
    );
  });
});

describe('systemLineText', () => {
  it('says who joined and who ended', () => {
    expect(systemLineText({ type: 'ASSIGNED', senderId: 's', senderRole: 'SYSTEM' }, 'me', 'Carol')).toBe(
      'Carol joined the chat.',
    );
    expect(systemLineText({ type: 'ENDED', senderId: 'me', senderRole: 'CUSTOMER' }, 'me', 'Carol')).toBe(
      'You ended the chat.',
    );
    expect(systemLineText({ type: 'ENDED', senderId: 'a', senderRole: 'AGENT' }, 'me', 'Carol')).toBe(
      'Carol ended the chat.',
    );
  });
});
