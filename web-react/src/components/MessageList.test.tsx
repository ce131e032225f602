import type { DisplayMessage } from '@parley/client-sdk';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MessageList } from './MessageList.tsx';

const AT = '2026-03-01T10:15:00Z';
const NO_EXTRAS = { attachments: [], receipt: null, deliveredAt: null, readAt: null, reactions: [] } as const;

function mine(key: string, status: DisplayMessage['status'], text = key): DisplayMessage {
  return {
    key,
    seq: null,
    senderId: 'me',
    senderRole: 'CUSTOMER',
    type: 'MESSAGE',
    text,
    agentName: null,
    at: AT,
    status,
    mine: true,
    ...NO_EXTRAS,
  };
}

const fromAgent: DisplayMessage = {
  key: 'a1',
  seq: 3,
  senderId: 'agent',
  senderRole: 'AGENT',
  type: 'MESSAGE',
  text: 'Hi, I am Carol.',
  agentName: null,
  at: AT,
  status: 'confirmed',
  mine: false,
  ...NO_EXTRAS,
};

const assigned: DisplayMessage = {
  ...fromAgent,
  key: 'e2',
  seq: 2,
  type: 'ASSIGNED',
  senderRole: 'SYSTEM',
  text: 'Carol joined',
  agentName: 'Carol',
};

function system(type: DisplayMessage['type'], seq: number, text: string): DisplayMessage {
  return {
    ...assigned,
    key: `e${seq}`,
    seq,
    type,
    senderId: 'agent',
    senderRole: 'AGENT',
    text,
    agentName: null,
  };
}

function renderList(
  messages: DisplayMessage[],
  connection: 'live' | 'offline' = 'live',
  agentName = 'Carol',
  agentNames: ReadonlyMap<string, string> = new Map([['agent', 'Carol']]),
) {
  const handlers = { onRetry: vi.fn(), onDiscard: vi.fn() };
  render(
    <MessageList
      messages={messages}
      selfId="me"
      agentName={agentName}
      agentNames={agentNames}
      connection={connection}
      {...handlers}
    />,
  );
  return handlers;
}

function item(text: string) {
  return screen.getByText(text).closest('li')!;
}

describe('MessageList', () => {
  it('shows an own message as sending, then sent', () => {
    renderList([mine('first', 'pending'), mine('second', 'sent'), mine('third', 'confirmed')]);
    expect(within(item('first')).getByText('Sending…')).toBeInTheDocument();
    expect(within(item('second')).getByText('Sent')).toBeInTheDocument();
    expect(within(item('third')).getByText('Sent')).toBeInTheDocument();
  });

  it('shows a message written offline as waiting for the connection', () => {
    renderList([mine('later', 'pending')], 'offline');
    expect(within(item('later')).getByText('Waiting for connection')).toBeInTheDocument();
  });

  it('names the agent on their messages and shows system lines', () => {
    renderList([assigned, fromAgent]);
    expect(screen.getByText('Carol joined the chat.')).toBeInTheDocument();
    expect(within(item('Hi, I am Carol.')).getByText('Carol:')).toBeInTheDocument();
    expect(within(item('Hi, I am Carol.')).queryByText('Sent')).toBeNull();
  });

  it('shows a transfer and a requeue as system lines with the text the server wrote', () => {
    renderList([
      assigned,
      fromAgent,
      system('TRANSFERRED', 4, 'Transferring you to the sales team'),
      system('REQUEUED', 5, 'Your agent is unavailable. You are first in line again.'),
    ]);
    expect(item('Transferring you to the sales team')).toHaveClass('system');
    expect(item('Your agent is unavailable. You are first in line again.')).toHaveClass('system');
  });

  it('never shows a note, even one that reached it', () => {
    renderList([assigned, system('NOTE', 3, 'Angry customer, offer a refund'), fromAgent]);
    expect(screen.queryByText(/Angry customer/)).toBeNull();
    expect(within(screen.getByRole('log')).getAllByRole('listitem')).toHaveLength(2);
  });

  it('keeps the name of an earlier agent on their messages after a transfer', () => {
    const fromBob: DisplayMessage = { ...fromAgent, key: 'a7', seq: 7, senderId: 'bob', text: 'Bob here.' };
    const bobJoined: DisplayMessage = { ...assigned, key: 'e6', seq: 6, agentName: 'Bob Chen' };
    renderList(
      [assigned, fromAgent, bobJoined, fromBob],
      'live',
      'Bob Chen',
      new Map([
        ['agent', 'Carol'],
        ['bob', 'Bob Chen'],
      ]),
    );
    expect(within(item('Hi, I am Carol.')).getByText('Carol:')).toBeInTheDocument();
    expect(within(item('Bob here.')).getByText('Bob Chen:')).toBeInTheDocument();
    expect(screen.getByText('Carol joined the chat.')).toBeInTheDocument();
    expect(screen.getByText('Bob Chen joined the chat.')).toBeInTheDocument();
  });

  it('offers to retry or remove a refused message', async () => {
    const failed = mine('refused', 'failed');
    const { onRetry, onDiscard } = renderList([failed]);
    expect(within(item('refused')).getByText('Not sent')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(onRetry).toHaveBeenCalledWith(failed);
    expect(onDiscard).toHaveBeenCalledWith(failed);
  });

  it('is a labelled, keyboard-scrollable log', () => {
    renderList([fromAgent]);
    const log = screen.getByRole('log', { name: 'Messages' });
    expect(log).toHaveAttribute('tabindex', '0');
  });
});
