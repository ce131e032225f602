import type { ConversationEvent, QueuePositionUpdate } from '@parley/client-sdk';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeClient, conversation } from '../../test/fakeClient.ts';
import type { Topic } from '../embed/protocol.ts';
import { ParleyContext } from '../hooks/useParley.ts';
import { StorageKeys } from '../storage.ts';
import { App } from './App.tsx';

/** The demo page's topics (web-react/demo/index.html). */
const TOPICS: Topic[] = [
  { label: 'Buying or pricing', department: 'sales', skills: [] },
  { label: 'Billing or invoices', department: 'support', skills: ['billing'] },
  { label: 'Technical problem', department: 'support', skills: ['technical'] },
];

function renderApp(client = new FakeClient(), topics: Topic[] = []) {
  render(
    <ParleyContext.Provider value={client}>
      <App
        config={{ embedded: false, department: 'support', pageUrl: undefined, topics, identity: false }}
        ready={Promise.resolve()}
      />
    </ParleyContext.Provider>,
  );
  return { client, user: userEvent.setup() };
}

function position(
  place: number,
  estimatedWaitSeconds: number | null,
  offerLeaveMessage = false,
): { type: 'queuePosition'; update: QueuePositionUpdate } {
  return {
    type: 'queuePosition',
    update: {
      type: 'QUEUE_POSITION',
      conversationId: 'c1',
      position: place,
      at: `2026-03-01T10:00:${String(place).padStart(2, '0')}Z`,
      estimatedWaitSeconds,
      offerLeaveMessage,
    },
  };
}

/** A timeline event of c1 from the server. */
function event(seq: number, fields: Partial<ConversationEvent>): { type: 'event'; event: ConversationEvent } {
  return {
    type: 'event',
    event: {
      conversationId: 'c1',
      seq,
      type: 'MESSAGE',
      id: `e${seq}`,
      senderId: 'carol',
      senderRole: 'AGENT',
      text: null,
      clientMessageId: null,
      agentId: null,
      agentName: null,
      at: `2026-03-01T10:0${seq}:00Z`,
      department: null,
      ...fields,
    },
  };
}

/** A signed-in guest with conversation c1 on screen. */
function onScreen(status: 'QUEUED' | 'ACTIVE', customerEmail: string | null = null) {
  const client = new FakeClient();
  client.signIn();
  client.emit({ type: 'conversationLoaded', conversation: { ...conversation('c1', status), customerEmail } });
  client.setConnection({ status: 'live' });
  localStorage.setItem(StorageKeys.conversation, 'c1');
  return client;
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

    // The guest session was made when the form showed (to ask who is online); the name goes with the start.
    expect(client.loginAsGuest).toHaveBeenCalledTimes(1);
    expect(client.startConversation).toHaveBeenCalledWith(
      expect.objectContaining({ text: 'Where is my order?', department: 'support', customerName: 'Ann' }),
    );
    expect(localStorage.getItem(StorageKeys.conversation)).toBe('c1');
    expect(await screen.findByText('Waiting for an agent to join…')).toBeInTheDocument();
    expect(screen.getByLabelText('Message')).toHaveFocus();

    act(() => {
      client.setConnection({ status: 'live' });
      client.emit(position(2, 240));
    });
    expect(screen.getByText('You are number 2 in line · about 4 min')).toBeInTheDocument();
    expect(screen.getByText('Connected')).toBeInTheDocument();

    act(() => client.emit({ type: 'event', event: assigned }));
    expect(screen.getByText('You are chatting with Carol.')).toBeInTheDocument();
    expect(screen.getByText('Carol joined the chat.')).toBeInTheDocument();
  });

  it("sends the chosen topic's department and skills and the urgency with the first message", async () => {
    const { client, user } = renderApp(new FakeClient(), TOPICS);
    await user.selectOptions(
      await screen.findByLabelText('What is it about? (optional)'),
      'Billing or invoices',
    );
    await user.type(screen.getByLabelText('How can we help?'), 'I was charged twice');
    await user.click(screen.getByRole('radio', { name: 'High' }));
    await user.click(screen.getByRole('button', { name: 'Start chat' }));
    expect(client.startConversation).toHaveBeenCalledWith(
      expect.objectContaining({
        text: 'I was charged twice',
        department: 'support',
        skills: ['billing'],
        priority: 'HIGH',
      }),
    );
  });

  it("sends the topic's department instead of the widget's, and no priority or skills when not chosen", async () => {
    const { client, user } = renderApp(new FakeClient(), TOPICS);
    await user.selectOptions(
      await screen.findByLabelText('What is it about? (optional)'),
      'Buying or pricing',
    );
    await user.type(screen.getByLabelText('How can we help?'), 'Do you ship to Norway?');
    await user.click(screen.getByRole('button', { name: 'Start chat' }));
    const input = client.startConversation.mock.calls[0]![0];
    expect(input.department).toBe('sales');
    expect(input).not.toHaveProperty('skills');
    expect(input).not.toHaveProperty('priority');
  });

  it('follows the place in line and the estimated wait live', async () => {
    const client = onScreen('QUEUED');
    renderApp(client);
    const status = await screen.findByText('Waiting for an agent to join…');
    act(() => client.emit(position(5, 1500)));
    expect(status).toHaveTextContent('You are number 5 in line · about 25 min');
    act(() => client.emit(position(3, 45)));
    expect(status).toHaveTextContent('You are number 3 in line · less than a minute');
    act(() => client.emit(position(3, 7200)));
    expect(status).toHaveTextContent('You are number 3 in line · over an hour');
    act(() => client.emit(position(2, null)));
    expect(status).toHaveTextContent(
      "You are number 2 in line. We'll connect you as soon as someone is available.",
    );
  });

  it('says calmly that nobody is online, that the message is kept for an email answer, and lets them write', async () => {
    const client = onScreen('QUEUED', 'ann@example.com');
    const { user } = renderApp(client);
    await screen.findByText('Waiting for an agent to join…');
    expect(screen.queryByText(/Nobody is online/)).toBeNull();

    act(() => client.emit(position(1, null, true)));
    const notice = screen.getByText(/Nobody is online right now/);
    expect(notice).toHaveTextContent(
      "Nobody is online right now. Your message is saved, and we'll answer it by email to ann@example.com as soon as someone is back. You can keep writing in the meantime.",
    );
    expect(notice.closest('[aria-live="polite"]')).not.toBeNull();
    await user.type(screen.getByLabelText('Message'), 'My order number is 1234{Enter}');
    expect(client.send).toHaveBeenCalledWith('c1', 'My order number is 1234', []);

    act(() => client.emit(position(1, 60, false)));
    expect(screen.queryByText(/Nobody is online/)).toBeNull();
  });

  it('promises an answer here when the customer gave no email', async () => {
    const client = onScreen('QUEUED');
    renderApp(client);
    await screen.findByText('Waiting for an agent to join…');
    act(() => client.emit(position(1, null, true)));
    expect(screen.getByText(/Nobody is online right now/)).toHaveTextContent(
      "we'll answer it here as soon as someone is back",
    );
  });

  it('shows transfers and a requeue as lines in the chat, and never a note', async () => {
    const client = onScreen('ACTIVE');
    renderApp(client);
    await screen.findByLabelText('Message');
    act(() => {
      client.emit(
        event(2, {
          type: 'ASSIGNED',
          senderId: 'system',
          senderRole: 'SYSTEM',
          agentId: 'carol',
          agentName: 'Carol',
        }),
      );
      client.emit(event(3, { text: 'Let me get a colleague.' }));
      client.emit(
        event(4, {
          type: 'TRANSFERRED',
          text: 'Transferring you to Bob Chen',
          agentId: 'bob',
          agentName: 'Bob Chen',
        }),
      );
      client.emit(event(5, { type: 'NOTE', text: 'Customer is upset about the refund' }));
      client.emit(
        event(6, {
          type: 'ASSIGNED',
          senderId: 'system',
          senderRole: 'SYSTEM',
          agentId: 'bob',
          agentName: 'Bob Chen',
        }),
      );
    });
    const log = screen.getByRole('log', { name: 'Messages' });
    expect(within(log).getByText('Transferring you to Bob Chen')).toBeInTheDocument();
    expect(within(log).getByText('Bob Chen joined the chat.')).toBeInTheDocument();
    expect(within(log).getByText('Carol:')).toBeInTheDocument();
    expect(screen.getByText('You are chatting with Bob Chen.')).toBeInTheDocument();

    act(() =>
      client.emit(
        event(7, {
          type: 'REQUEUED',
          senderId: 'system',
          senderRole: 'SYSTEM',
          text: 'Your agent is unavailable. You are first in line again.',
          department: 'support',
        }),
      ),
    );
    expect(
      within(log).getByText('Your agent is unavailable. You are first in line again.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Waiting for an agent to join…')).toBeInTheDocument();
    expect(screen.queryByText(/upset about the refund/)).toBeNull();
  });

  it('shows an own message as sending, then sent on the ack', async () => {
    const client = new FakeClient();
    client.signIn();
    client.emit({ type: 'conversationLoaded', conversation: conversation('c1', 'ACTIVE') });
    client.setConnection({ status: 'live' });
    localStorage.setItem(StorageKeys.conversation, 'c1');
    const { user } = renderApp(client);

    await user.type(await screen.findByLabelText('Message'), 'Order 1234{Enter}');
    expect(client.send).toHaveBeenCalledWith('c1', 'Order 1234', []);
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
    expect(await screen.findByRole('heading', { name: 'Your chats' })).toBeInTheDocument();

    act(() => {
      localStorage.setItem(StorageKeys.conversation, 'c2');
      window.dispatchEvent(new StorageEvent('storage', { key: StorageKeys.conversation, newValue: 'c2' }));
    });
    expect(screen.getByText('This chat has ended.')).toBeInTheDocument();
  });

  it('picks up the guest session another tab created', async () => {
    const waiting = new FakeClient();
    waiting.loginAsGuest.mockReturnValue(new Promise(() => undefined));
    const { client } = renderApp(waiting);
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
