import type { ParleyClient } from '@parley/client-sdk';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttentionProvider } from '../src/alerts/AttentionProvider.tsx';
import { WorkspacePage } from '../src/workspace/WorkspacePage.tsx';
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
  Route,
  SELF,
} from './fakes.tsx';

const clients: ParleyClient[] = [];
afterEach(() => {
  clients.splice(0).forEach((c) => c.dispose());
  vi.restoreAllMocks();
});

function gatewayWithTwoConversations() {
  const gateway = new FakeGateway();
  gateway.seed([
    {
      conversation: conversation(CONV_A, CUSTOMER_A, {
        customerName: 'Dana Smith',
        customerEmail: 'dana@example.com',
        platform: 'web',
        pageUrl: 'https://shop.example.com/cart',
        userAgent: 'Mozilla/5.0 (Test)',
      }),
      events: [
        customerMessage(CONV_A, CUSTOMER_A, 1, 'My order is late'),
        assignedEvent(CONV_A, 2),
        customerMessage(CONV_A, CUSTOMER_A, 3, 'Order 1234'),
      ],
    },
    {
      conversation: conversation(CONV_B, CUSTOMER_B),
      events: [customerMessage(CONV_B, CUSTOMER_B, 1, 'Hello'), assignedEvent(CONV_B, 2)],
    },
    {
      conversation: conversation('c-old', CUSTOMER_A, {
        status: 'ENDED',
        endedAt: '2026-11-01T10:00:00Z',
        createdAt: '2026-11-01T09:00:00Z',
      }),
      events: [customerMessage('c-old', CUSTOMER_A, 1, 'Earlier question')],
    },
  ]);
  return gateway;
}

async function renderWorkspace(gateway: FakeGateway, path = '/') {
  const client = newClient(gateway);
  clients.push(client);
  await client.init();
  await waitFor(() => expect(client.getState().conversations.byId[CONV_A]?.lastSeq).toBe(3));
  const view = renderWith(client, null, {
    path,
    routes: (
      <Route
        element={
          <AttentionProvider userId={SELF}>
            <WorkspacePage userId={SELF} />
          </AttentionProvider>
        }
      >
        <Route index element={null} />
        <Route path="c/:conversationId" element={null} />
      </Route>
    ),
  });
  return { client, ...view };
}

const list = () => within(screen.getByRole('navigation', { name: 'Your conversations' }));

describe('WorkspacePage', () => {
  it('lists my open conversations with unread badges and the tab title counts them', async () => {
    await renderWorkspace(gatewayWithTwoConversations());
    const links = list().getAllByRole('link');
    expect(links).toHaveLength(3);
    expect(list().getByText('2 unread messages')).toBeInTheDocument();
    expect(list().getByText('1 unread message')).toBeInTheDocument();
    expect(list().getByText('Your conversations (2)')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('(2) Parley'));
  });

  it('reads the open conversation in a focused tab: its badge goes and the title drops', async () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    await renderWorkspace(gatewayWithTwoConversations(), `/c/${CONV_A}`);
    await waitFor(() => expect(list().queryByText('2 unread messages')).not.toBeInTheDocument());
    expect(list().getByText('1 unread message')).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('(1) Parley'));
    expect(screen.getByRole('log', { name: 'Messages' })).toHaveTextContent('Order 1234');
  });

  it('does not count a conversation as read while the tab is in the background', async () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    await renderWorkspace(gatewayWithTwoConversations(), `/c/${CONV_A}`);
    expect(await screen.findByRole('log', { name: 'Messages' })).toHaveTextContent('Order 1234');
    expect(list().getByText('2 unread messages')).toBeInTheDocument();
    expect(document.title).toBe('(2) Parley');
  });

  it('keeps a draft per conversation while switching between them', async () => {
    await renderWorkspace(gatewayWithTwoConversations(), `/c/${CONV_A}`);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Reply to the customer'), 'Let me check order 1234');
    await user.click(list().getByRole('link', { name: /Hello/ }));
    const reply = await screen.findByLabelText('Reply to the customer');
    expect(reply).toHaveValue('');
    await user.type(reply, 'Hi, how can I help?');

    await user.click(list().getByRole('link', { name: /Order 1234/ }));
    expect(await screen.findByLabelText('Reply to the customer')).toHaveValue('Let me check order 1234');
    await user.click(list().getByRole('link', { name: /Hello/ }));
    expect(await screen.findByLabelText('Reply to the customer')).toHaveValue('Hi, how can I help?');
    expect(JSON.parse(sessionStorage.getItem(`parley.dashboard.drafts.${SELF}`)!)).toEqual({
      [CONV_A]: 'Let me check order 1234',
      [CONV_B]: 'Hi, how can I help?',
    });
  });

  it('sends with Enter and clears the draft', async () => {
    const { client } = await renderWorkspace(gatewayWithTwoConversations(), `/c/${CONV_B}`);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Reply to the customer'), 'On it{Enter}');
    expect(screen.getByLabelText('Reply to the customer')).toHaveValue('');
    expect(client.getState().conversations.byId[CONV_B]!.pending.map((m) => m.text)).toEqual(['On it']);
    expect(screen.getByRole('log', { name: 'Messages' })).toHaveTextContent('On it');
  });

  it("shows the customer's facts from the conversation start, and past conversations", async () => {
    await renderWorkspace(gatewayWithTwoConversations(), `/c/${CONV_A}`);
    const panel = within(screen.getByRole('complementary', { name: 'Customer' }));
    expect(panel.getByText(CUSTOMER_A)).toBeInTheDocument();
    expect(panel.queryByText('not provided')).toBeNull();
    expect(panel.getByText('Dana Smith')).toBeInTheDocument();
    expect(panel.getByText('dana@example.com')).toBeInTheDocument();
    expect(panel.getByText('Web')).toHaveAttribute('title', 'Mozilla/5.0 (Test)');
    const page = panel.getByRole('link', { name: 'https://shop.example.com/cart' });
    expect(page).toHaveAttribute('href', 'https://shop.example.com/cart');
    expect(page).toHaveAttribute('rel', 'noopener noreferrer');
    expect(panel.getByText('support')).toBeInTheDocument();
    const past = await panel.findByRole('list', { name: 'Past conversations' });
    expect(within(past).getAllByRole('link')).toHaveLength(1);
    expect(past).toHaveTextContent('ended');
  });

  it("shows 'not provided' for what the customer did not give", async () => {
    await renderWorkspace(gatewayWithTwoConversations(), `/c/${CONV_B}`);
    const panel = within(screen.getByRole('complementary', { name: 'Customer' }));
    expect(panel.getByText(CUSTOMER_B)).toBeInTheDocument();
    expect(panel.getAllByText('not provided')).toHaveLength(4);
  });

  it('ends a conversation after confirmation', async () => {
    const gateway = gatewayWithTwoConversations();
    gateway.handlers.push((call) =>
      call.method === 'POST' && call.path === `/api/v1/conversations/${CONV_B}/end`
        ? {
            status: 200,
            body: conversation(CONV_B, CUSTOMER_B, {
              status: 'ENDED',
              endedAt: '2026-11-25T12:10:00Z',
              lastSeq: 3,
            }),
          }
        : undefined,
    );
    await renderWorkspace(gateway, `/c/${CONV_B}`);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'End conversation' }));
    await user.click(screen.getByRole('button', { name: 'Yes, end' }));
    expect(await screen.findByText('This conversation has ended.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Reply to the customer')).not.toBeInTheDocument();
    expect(gateway.calls.some((c) => c.method === 'POST' && c.path.endsWith('/end'))).toBe(true);
  });
});
