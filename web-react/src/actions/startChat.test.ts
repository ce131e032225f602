import type { Conversation, ParleyClientApi, ParleyState } from '@parley/client-sdk';
import { describe, expect, it, vi } from 'vitest';
import { startChat } from './startChat.ts';

function fakeClient(signedIn: boolean) {
  const state = { session: signedIn ? { userId: 'u1', roles: ['GUEST'] } : null } as ParleyState;
  return {
    getState: () => state,
    loginAsGuest: vi.fn(() => Promise.resolve({ userId: 'u1', roles: ['GUEST' as const] })),
    startConversation: vi.fn(() => Promise.resolve({ id: 'c1' } as Conversation)),
  };
}

const values = { name: 'Ann', email: '', message: 'Hello' };

describe('startChat', () => {
  it('signs in as a guest with the details given, then starts the chat', async () => {
    const client = fakeClient(false);
    await expect(
      startChat(client as unknown as ParleyClientApi, {
        values,
        routing: { department: 'support' },
        clientMessageId: 'm1',
        pageUrl: 'https://shop.example.com/cart',
        userAgent: 'UA/1',
      }),
    ).resolves.toBe('c1');
    expect(client.loginAsGuest).toHaveBeenCalledWith({ name: 'Ann' });
    expect(client.startConversation).toHaveBeenCalledWith({
      text: 'Hello',
      clientMessageId: 'm1',
      department: 'support',
      customerName: 'Ann',
      platform: 'web',
      pageUrl: 'https://shop.example.com/cart',
      userAgent: 'UA/1',
    });
  });

  it('keeps the identity of a returning guest', async () => {
    const client = fakeClient(true);
    await startChat(client as unknown as ParleyClientApi, {
      values: { name: '', email: ' ann@example.com ', message: 'Hello' },
      routing: {},
      clientMessageId: 'm1',
      pageUrl: undefined,
      userAgent: 'x'.repeat(600),
    });
    expect(client.loginAsGuest).not.toHaveBeenCalled();
    expect(client.startConversation).toHaveBeenCalledWith({
      text: 'Hello',
      clientMessageId: 'm1',
      customerEmail: 'ann@example.com',
      platform: 'web',
      userAgent: 'x'.repeat(500),
    });
  });

  it("sends where the chat should go: the topic's department and skills, and the urgency", async () => {
    const client = fakeClient(true);
    await startChat(client as unknown as ParleyClientApi, {
      values,
      routing: { department: 'support', skills: ['billing'], priority: 'URGENT' },
      clientMessageId: 'm1',
      pageUrl: undefined,
      userAgent: undefined,
    });
    expect(client.startConversation).toHaveBeenCalledWith(
      expect.objectContaining({ department: 'support', skills: ['billing'], priority: 'URGENT' }),
    );
  });
});
