import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeClient, conversation } from '../../test/fakeClient.ts';
import { ParleyContext } from '../hooks/useParley.ts';
import { StorageKeys } from '../storage.ts';
import { App } from './App.tsx';

function renderApp(client = new FakeClient()) {
  render(
    <ParleyContext.Provider value={client}>
      <App
        config={{ embedded: false, department: 'support', pageUrl: undefined }}
        ready={Promise.resolve()}
      />
    </ParleyContext.Provider>,
  );
  return { client, user: userEvent.setup() };
}

const assigned = {
  conversationId: 'c1',
  seq: 2,
  type: 'ASSIGNED' as const,
  id: 'e2',
  senderId: 'system',
  senderRole: 'SYSTEM' as const,
  text: null,
  clientMessageId: null,
  agentId: 'carol',
  agentName: 'Carol',
  at: '2026-03-01T10:01:00Z',
};

describe('App', () => {
  it('takes a new customer from the form to a live chat with an agent', async () => {
    const { client, user } = renderApp();
    await user.type(await screen.findByLabelText('Name (optional)'), 'Ann');
    await user.type(screen.getByLabelText('How can we help?'), 'Where is my order?');
    await user.click(screen.getByRole('button', { name: 'Start chat' }));

    expect(client.loginAsGuest).toHaveBeenCalledWith({ name: 'Ann' });
    expect(client.startConversation).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Where is my order?', department: 'support' }),
    );
    expect(localStorage.getItem(StorageKeys.conversation)).toBe('c1');
    expect(await screen.findByText('Waiting for an agent to join…')).toBeInTheDocument();
    expect(screen.getByLabelText('Message')).toHaveFocus();

    act(() => {
      client.setConnection({ status: 'live' });
      client.emit({
        type: 'queuePosition',
        update: { type: 'QUEUE_POSITION', conversationId: 'c1', position: 2, at: '2026-03-01T10:00:30Z' },
      });
    });
    expect(screen.getByText('You are number 2 in line.')).toBeInTheDocument();
    expect(screen.getByText('Connected')).toBeInTheDocument();

    act(() => client.emit({ type: 'event', event: assigned }));
    expect(screen.getByText('You are chatting with Carol.')).toBeInTheDocument();
    expect(screen.getByText('Carol joined the chat.')).toBeInTheDocument();
  });

  it('shows an own message as sending, then sent on the ack', async () => {
    const client = new FakeClient();
    client.signIn();
    client.emit({ type: 'conversationLoaded', conversation: conversation('c1', 'ACTIVE') });
    client.setConnection({ status: 'live' });
    localStorage.setItem(StorageKeys.conversation, 'c1');
    const { user } = renderApp(client);

    await user.type(await screen.findByLabelText('Message'), 'Order 1234{Enter}');
    expect(client.send).toHaveBeenCalledWith('c1', 'Order 1234');
    const item = screen.getByText('Order 1234').closest('li')!;
    expect(item).toHaveTextContent('Sending…');

    act(() =>
      client.emit({
        type: 'ack',
        ack: { conversationId: 'c1', clientMessageId: 'm1', messageId: 'x', seq: 2 },
      }),
    );
    expect(item).toHaveTextContent('Sent');
  });

  it('ends the chat after confirmation, then offers a new one to the same guest', async () => {
    const client = new FakeClient();
    client.signIn();
    client.emit({ type: 'conversationLoaded', conversation: conversation('c1', 'ACTIVE') });
    localStorage.setItem(StorageKeys.conversation, 'c1');
    const { user } = renderApp(client);

    await user.click(await screen.findByRole('button', { name: 'End chat' }));
    await user.click(screen.getByRole('button', { name: 'End chat' }));
    expect(client.end).toHaveBeenCalledWith('c1');
    expect(await screen.findByText('This chat has ended.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Message')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Start a new chat' }));
    expect(localStorage.getItem(StorageKeys.conversation)).toBeNull();
    expect(screen.getByLabelText('How can we help?')).toBeInTheDocument();
    // Same guest: no name or email asked again.
    expect(screen.queryByLabelText('Name (optional)')).toBeNull();
  });

  it('follows the conversation another tab puts on screen', async () => {
    const client = new FakeClient();
    client.signIn();
    client.emit({ type: 'conversationLoaded', conversation: conversation('c2', 'ENDED') });
    renderApp(client);
    expect(await screen.findByLabelText('How can we help?')).toBeInTheDocument();

    act(() => {
      localStorage.setItem(StorageKeys.conversation, 'c2');
      window.dispatchEvent(new StorageEvent('storage', { key: StorageKeys.conversation, newValue: 'c2' }));
    });
    expect(screen.getByText('This chat has ended.')).toBeInTheDocument();
  });

  it('picks up the guest session another tab created', async () => {
    const { client } = renderApp();
    expect(await screen.findByLabelText('Name (optional)')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: StorageKeys.tokens, newValue: '{}' }));
    });
    expect(client.init).toHaveBeenCalled();
  });

  it('lets a customer whose session expired start again', async () => {
    const client = new FakeClient();
    client.signIn();
    client.setConnection({ status: 'error', reason: 'session expired', authFailures: 0, gaveUp: true });
    localStorage.setItem(StorageKeys.conversation, 'c1');
    const { user } = renderApp(client);

    await user.click(await screen.findByRole('button', { name: 'Start again' }));
    expect(client.logout).toHaveBeenCalled();
    expect(await screen.findByLabelText('Name (optional)')).toBeInTheDocument();
  });
});
