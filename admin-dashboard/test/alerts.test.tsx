import type { ParleyClient } from '@parley/client-sdk';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttentionProvider } from '../src/alerts/AttentionProvider.tsx';
import { beep } from '../src/alerts/beep.ts';
import { NewAssignmentNotice } from '../src/shell/NewAssignmentNotice.tsx';
import {
  assignedEvent,
  conversation,
  CONV_A,
  CONV_B,
  CUSTOMER_A,
  CUSTOMER_B,
  customerMessage,
  FakeGateway,
  newClient,
  renderWith,
  ScriptedTransport,
  SELF,
} from './fakes.tsx';

vi.mock('../src/alerts/beep.ts', () => ({ beep: vi.fn(), unlockAudioOnFirstGesture: vi.fn() }));

const clients: ParleyClient[] = [];
afterEach(() => {
  clients.splice(0).forEach((c) => c.dispose());
  vi.mocked(beep).mockClear();
});

async function setUp() {
  const gateway = new FakeGateway();
  gateway.seed([
    {
      conversation: conversation(CONV_A, CUSTOMER_A),
      events: [customerMessage(CONV_A, CUSTOMER_A, 1, 'old'), assignedEvent(CONV_A, 2)],
    },
  ]);
  const transport = new ScriptedTransport();
  const client = newClient(gateway, true, transport);
  clients.push(client);
  await client.init();
  await waitFor(() => expect(client.getState().connection.status).toBe('connecting'));
  act(() => transport.connect());
  renderWith(
    client,
    <AttentionProvider userId={SELF}>
      <NewAssignmentNotice />
    </AttentionProvider>,
  );
  await waitFor(() => expect(document.title).toBe('(1) Parley'));
  return { gateway, transport, client };
}

describe('new assignment alert', () => {
  it('does not beep for conversations that were already mine', async () => {
    await setUp();
    expect(beep).not.toHaveBeenCalled();
    expect(screen.queryByText(/assigned to you/)).not.toBeInTheDocument();
  });

  it('beeps, shows a notice and counts the new conversation in the title', async () => {
    const { gateway, transport } = await setUp();
    const fresh = conversation(CONV_B, CUSTOMER_B);
    gateway.conversations.push({ ...fresh, lastSeq: 2 });
    act(() => {
      transport.push('/user/queue/events', customerMessage(CONV_B, CUSTOMER_B, 1, 'need help'));
      transport.push('/user/queue/events', assignedEvent(CONV_B, 2));
    });
    await waitFor(() => expect(beep).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('A new conversation was assigned to you.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open it' })).toHaveAttribute('href', `/c/${CONV_B}`);
    await waitFor(() => expect(document.title).toBe('(2) Parley'));
  });

  it('forgets unacknowledged assignments when the tab gets focus', async () => {
    const { gateway, transport, client } = await setUp();
    gateway.conversations.push({ ...conversation(CONV_B, CUSTOMER_B), lastSeq: 1 });
    act(() => transport.push('/user/queue/events', assignedEvent(CONV_B, 1)));
    await waitFor(() => expect(document.title).toBe('(2) Parley'));
    act(() => {
      window.dispatchEvent(new Event('focus'));
      client.markRead(CONV_A);
    });
    await waitFor(() => expect(document.title).toBe('Parley'));
  });

  it('gathers assignments that arrive one after another in one notice', async () => {
    const { gateway, transport } = await setUp();
    gateway.conversations.push({ ...conversation(CONV_B, CUSTOMER_B), lastSeq: 1 });
    gateway.conversations.push({ ...conversation('c-third', CUSTOMER_B), lastSeq: 1 });
    act(() => transport.push('/user/queue/events', assignedEvent(CONV_B, 1)));
    await screen.findByText('A new conversation was assigned to you.');
    act(() => transport.push('/user/queue/events', assignedEvent('c-third', 1)));
    expect(await screen.findByText('2 new conversations were assigned to you.')).toBeInTheDocument();
    expect(beep).toHaveBeenCalledTimes(2);
  });
});
