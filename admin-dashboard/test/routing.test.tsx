import type {
  ConversationEvent,
  LiveQueueAgent,
  LiveQueueEntry,
  ParleyClient,
  Role,
} from '@parley/client-sdk';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AttentionProvider } from '../src/alerts/AttentionProvider.tsx';
import { WorkspacePage } from '../src/workspace/WorkspacePage.tsx';
import {
  assignedEvent,
  at,
  conversation,
  CONV_A,
  CONV_B,
  CUSTOMER_A,
  CUSTOMER_B,
  customerMessage,
  FakeGateway,
  newClient,
  problem,
  renderWith,
  Route,
  ScriptedTransport,
  SELF,
  type Call,
} from './fakes.tsx';

const ALICE = '00000000-0000-0000-0000-00000000b001';
const BOB = '00000000-0000-0000-0000-00000000b002';
const DAVE = '00000000-0000-0000-0000-00000000b004';

function agent(agentId: string, displayName: string, over: Partial<LiveQueueAgent> = {}): LiveQueueAgent {
  return {
    agentId,
    displayName,
    status: 'ONLINE',
    capacity: 3,
    active: 1,
    departments: ['support'],
    skills: ['english', 'technical'],
    ...over,
  };
}

const agents: LiveQueueAgent[] = [
  agent(SELF, 'Carol'),
  agent(DAVE, 'Dave Ruiz'),
  agent(ALICE, 'Alice Ng', { departments: ['sales'], skills: ['english', 'billing'] }),
  agent(BOB, 'Bob Chen', { status: 'OFFLINE' }),
  agent('b5', 'Erin', { skills: ['english'] }),
];

/** A timeline event of a kind the SDK fixtures do not build (TRANSFERRED, REQUEUED, NOTE, ASSIGNED to others). */
function routingEvent(
  conversationId: string,
  seq: number,
  over: Partial<ConversationEvent>,
): ConversationEvent {
  return {
    conversationId,
    seq,
    type: 'MESSAGE',
    id: `e-${conversationId}-${seq}`,
    senderId: 'system',
    senderRole: 'SYSTEM',
    text: null,
    clientMessageId: null,
    agentId: null,
    agentName: null,
    at: at(seq),
    department: null,
    ...over,
  };
}

function desk(...handlers: Array<(call: Call) => { status: number; body?: unknown } | undefined>) {
  const gateway = new FakeGateway();
  gateway.seed([
    {
      conversation: conversation(CONV_A, CUSTOMER_A, { skills: ['technical'], priority: 'LOW' }),
      events: [
        customerMessage(CONV_A, CUSTOMER_A, 1, 'The app crashes'),
        assignedEvent(CONV_A, 2),
        customerMessage(CONV_A, CUSTOMER_A, 3, 'On every start'),
      ],
    },
    {
      conversation: conversation(CONV_B, CUSTOMER_B),
      events: [customerMessage(CONV_B, CUSTOMER_B, 1, 'Hello'), assignedEvent(CONV_B, 2)],
    },
  ]);
  gateway.handlers.push(...handlers, (call) => {
    if (call.path === '/api/v1/queue/agents') {
      return { status: 200, body: agents };
    }
    return call.path === '/api/v1/departments' ? { status: 200, body: ['sales', 'support'] } : undefined;
  });
  return gateway;
}

const clients: ParleyClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.dispose()));

async function renderDesk(gateway: FakeGateway, path = `/c/${CONV_A}`, roles: Role[] = ['AGENT']) {
  const transport = new ScriptedTransport();
  const client = newClient(gateway, true, transport, roles);
  clients.push(client);
  await client.init();
  await waitFor(() => expect(client.getState().conversations.byId[CONV_A]?.lastSeq).toBe(3));
  act(() => transport.connect());
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
  return { client, transport, ...view };
}

const list = () => within(screen.getByRole('navigation', { name: 'Your conversations' }));
const posts = (gateway: FakeGateway) =>
  gateway.calls
    .filter((c) => c.method === 'POST' || c.method === 'PUT')
    .map((c) => ({ path: c.path, body: c.body }));

describe('transfer', () => {
  it('offers agents with status and free slots, disabling those who cannot take it, with why', async () => {
    await renderDesk(desk());
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Transfer…' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Transfer conversation' }));

    const dave = await dialog.findByRole('radio', { name: 'Dave Ruiz' });
    expect(dave).toBeEnabled();
    expect(dave).toHaveAccessibleDescription(/Online · 2 of 3 free · support/);
    const why = (name: string) => dialog.getByRole('radio', { name }).closest('li')?.textContent;
    expect(dialog.getByRole('radio', { name: 'Alice Ng' })).toBeDisabled();
    expect(why('Alice Ng')).toMatch(/cannot take it: not in the department/);
    expect(why('Bob Chen')).toMatch(/cannot take it: offline/);
    expect(why('Erin')).toMatch(/cannot take it: lacks the skill “technical”/);
    expect(why('Carol')).toMatch(/cannot take it: that is you/);
    expect(dialog.getByRole('button', { name: 'Transfer' })).toBeDisabled();
  });

  it("sends the agent and the note, shows the server's 409 reason, then leaves the list with a notice", async () => {
    let answer: { status: number; body?: unknown } = problem(409, 'Dave Ruiz is at capacity (3 of 3)');
    const gateway = desk((call) => (call.path.endsWith('/transfer') ? answer : undefined));
    await renderDesk(gateway);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Transfer…' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Transfer conversation' }));
    await user.click(await dialog.findByRole('radio', { name: 'Dave Ruiz' }));
    const note = dialog.getByLabelText('Note for the next agent (optional)');
    expect(note).toHaveAccessibleDescription(/Only agents see this note; the customer never does/);
    expect(note).toHaveAttribute('maxLength', '1000');
    await user.type(note, 'Crash on start, tried a reinstall');

    await user.click(dialog.getByRole('button', { name: 'Transfer' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'Could not transfer: Dave Ruiz is at capacity (3 of 3)',
    );
    expect(list().getAllByRole('link')).toHaveLength(2);

    answer = { status: 200, body: {} };
    await user.click(dialog.getByRole('button', { name: 'Transfer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posts(gateway)).toEqual([
      {
        path: `/api/v1/queue/conversations/${CONV_A}/transfer`,
        body: { toAgentId: DAVE, note: 'Crash on start, tried a reinstall' },
      },
      {
        path: `/api/v1/queue/conversations/${CONV_A}/transfer`,
        body: { toAgentId: DAVE, note: 'Crash on start, tried a reinstall' },
      },
    ]);
    expect(list().getAllByRole('link')).toHaveLength(1);
    expect(
      screen.getByText('Customer aaaaaaaa: you transferred the conversation to Dave Ruiz.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Reply to the customer')).not.toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('No longer yours');
  });

  it('transfers to a department without a note', async () => {
    const gateway = desk((call) => (call.path.endsWith('/transfer') ? { status: 200 } : undefined));
    await renderDesk(gateway);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Transfer…' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Transfer conversation' }));
    await user.click(dialog.getByRole('radio', { name: 'A department' }));
    const department = dialog.getByLabelText('Department');
    await waitFor(() =>
      expect(within(department).getByRole('option', { name: 'support (current)' })).toBeVisible(),
    );
    await user.selectOptions(department, 'sales');
    await user.click(dialog.getByRole('button', { name: 'Transfer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posts(gateway)).toEqual([
      { path: `/api/v1/queue/conversations/${CONV_A}/transfer`, body: { toDepartment: 'sales' } },
    ]);
    const notices = await screen.findByRole('list', { name: 'Conversations no longer yours' });
    expect(notices).toHaveTextContent(
      'Customer aaaaaaaa: you transferred the conversation to the sales team; it waits there for an agent.',
    );
  });

  it('shows a 400 reason, e.g. an unknown department', async () => {
    const gateway = desk((call) =>
      call.path.endsWith('/transfer') ? problem(400, 'unknown department "sales"') : undefined,
    );
    await renderDesk(gateway);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Transfer…' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Transfer conversation' }));
    await user.click(dialog.getByRole('radio', { name: 'A department' }));
    await user.selectOptions(
      dialog.getByLabelText('Department'),
      await dialog.findByRole('option', { name: 'sales' }),
    );
    await user.click(dialog.getByRole('button', { name: 'Transfer' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'Could not transfer: unknown department "sales"',
    );
    expect(list().getAllByRole('link')).toHaveLength(2);
  });

  it('closes on Escape without sending anything', async () => {
    const gateway = desk();
    await renderDesk(gateway);
    const user = userEvent.setup();
    const open = screen.getByRole('button', { name: 'Transfer…' });
    await user.click(open);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
    expect(posts(gateway)).toEqual([]);
  });
});

describe('conversations taken away', () => {
  it('drops a requeued conversation from the list and says why', async () => {
    const { transport } = await renderDesk(desk(), '/');
    expect(list().getAllByRole('link')).toHaveLength(2);
    act(() =>
      transport.push(
        '/user/queue/events',
        routingEvent(CONV_A, 4, {
          type: 'REQUEUED',
          text: 'Your agent is unavailable. You are first in line again.',
          department: 'support',
        }),
      ),
    );
    await waitFor(() => expect(list().getAllByRole('link')).toHaveLength(1));
    expect(
      screen.getByText(/Customer aaaaaaaa: the conversation went back to the queue/),
    ).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: /^Dismiss: Customer aaaaaaaa/ }));
    expect(screen.queryByText(/went back to the queue/)).not.toBeInTheDocument();
  });

  it('drops a conversation a supervisor moved to another agent, and one transferred by someone else', async () => {
    const { transport } = await renderDesk(desk(), '/');
    act(() => {
      transport.push(
        '/user/queue/events',
        routingEvent(CONV_B, 3, {
          type: 'ASSIGNED',
          agentId: ALICE,
          agentName: 'Alice Ng',
          text: 'Alice Ng joined',
        }),
      );
      transport.push(
        '/user/queue/events',
        routingEvent(CONV_A, 4, {
          type: 'TRANSFERRED',
          senderId: 'supervisor-1',
          senderRole: 'AGENT',
          department: 'sales',
          text: 'Transferring you to the sales team',
        }),
      );
    });
    await waitFor(() => expect(screen.getByText('Your conversations (0)')).toBeInTheDocument());
    expect(
      screen.getByText('Customer bbbbbbbb: a supervisor reassigned the conversation to Alice Ng.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Customer aaaaaaaa: the conversation was transferred to the sales team.'),
    ).toBeInTheDocument();
  });
});

describe('timeline', () => {
  it('renders transfers and requeues as system lines and a NOTE as a marked internal note', async () => {
    const gateway = desk();
    gateway.seed([
      {
        conversation: conversation(CONV_A, CUSTOMER_A),
        events: [
          customerMessage(CONV_A, CUSTOMER_A, 1, 'The app crashes'),
          routingEvent(CONV_A, 2, { type: 'ASSIGNED', agentId: ALICE, agentName: 'Alice Ng' }),
          routingEvent(CONV_A, 3, {
            type: 'REQUEUED',
            department: 'sales',
            text: 'Your agent is unavailable.',
          }),
          routingEvent(CONV_A, 4, { type: 'ASSIGNED', agentId: DAVE, agentName: 'Dave Ruiz' }),
          routingEvent(CONV_A, 5, {
            type: 'TRANSFERRED',
            senderId: DAVE,
            senderRole: 'AGENT',
            agentId: SELF,
            agentName: 'Carol',
            text: 'Transferring you to Carol',
          }),
          routingEvent(CONV_A, 6, {
            type: 'NOTE',
            senderId: DAVE,
            senderRole: 'AGENT',
            agentId: SELF,
            agentName: 'Carol',
            text: 'Crash on start, tried a reinstall',
          }),
          assignedEvent(CONV_A, 7),
        ],
      },
    ]);
    const transport = new ScriptedTransport();
    const client = newClient(gateway, true, transport);
    clients.push(client);
    await client.init();
    await waitFor(() => expect(client.getState().conversations.byId[CONV_A]?.lastSeq).toBe(7));
    renderWith(client, null, {
      path: `/c/${CONV_A}`,
      routes: <Route path="c/:conversationId" element={<WorkspacePageAt />} />,
    });
    const log = within(screen.getByRole('log', { name: 'Messages' }));
    const items = log
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s+/g, ' ').replace(/ · \d\d:\d\d.*$/, ''));
    expect(items).toContain('Back in the queue (sales): the agent was unavailable');
    expect(items).toContain('Transferred to Carol');
    const note = log.getByText('Crash on start, tried a reinstall').closest('li')!;
    expect(note).toHaveClass('note');
    expect(within(note).getByText('Internal note')).toBeInTheDocument();
    expect(note).toHaveTextContent('Only agents see this; the customer does not.');
    expect(list().getAllByRole('link')).toHaveLength(1);
    expect(screen.getByLabelText('Reply to the customer')).toBeInTheDocument();
  });
});

function WorkspacePageAt() {
  return (
    <AttentionProvider userId={SELF}>
      <WorkspacePage userId={SELF} />
    </AttentionProvider>
  );
}

describe('available chats (manual mode)', () => {
  const waiting: LiveQueueEntry = {
    conversationId: CONV_B,
    customerId: CUSTOMER_B,
    department: 'support',
    priority: 'HIGH',
    effectivePriority: 2,
    vip: true,
    skills: ['technical'],
    enqueuedAt: at(1),
    position: 1,
    estimatedWaitSeconds: null,
    escalated: false,
    mode: 'MANUAL',
  };

  it("lists what the agent may take and shows the server's reason when taking fails", async () => {
    let answer: { status: number; body?: unknown } = problem(409, 'you are at capacity (3 of 3)');
    const gateway = desk((call) => {
      if (call.path === '/api/v1/queue/available') {
        return { status: 200, body: [waiting] };
      }
      return call.path.endsWith('/take') ? answer : undefined;
    });
    gateway.seed([
      {
        conversation: conversation(CONV_A, CUSTOMER_A),
        events: [
          customerMessage(CONV_A, CUSTOMER_A, 1, 'hi'),
          assignedEvent(CONV_A, 2),
          customerMessage(CONV_A, CUSTOMER_A, 3, 'x'),
        ],
      },
    ]);
    const { transport } = await renderDesk(gateway, '/');
    const section = within(screen.getByRole('region', { name: /Available chats/ }));
    const item = (await section.findByText(/Customer bbbbbbbb/)).closest('li')!;
    expect(item).toHaveTextContent('VIP');
    expect(item).toHaveTextContent('support · priority high (now high)');
    expect(item).toHaveTextContent('needs technical');
    const user = userEvent.setup();
    await user.click(section.getByRole('button', { name: 'Take the chat of customer bbbbbbbb' }));
    expect(await section.findByRole('alert')).toHaveTextContent(
      'Could not take it: you are at capacity (3 of 3)',
    );

    answer = { status: 200, body: { conversationId: CONV_B, status: 'ASSIGNED' } };
    await user.click(section.getByRole('button', { name: 'Take the chat of customer bbbbbbbb' }));
    await waitFor(() =>
      expect(
        gateway.calls.filter((c) => c.path === `/api/v1/queue/conversations/${CONV_B}/take`),
      ).toHaveLength(2),
    );
    // chat-service assigns it: it joins the list and opens.
    gateway.conversations.push({ ...conversation(CONV_B, CUSTOMER_B), lastSeq: 2 });
    gateway.events[CONV_B] = [
      customerMessage(CONV_B, CUSTOMER_B, 1, 'Need a hand'),
      assignedEvent(CONV_B, 2),
    ];
    act(() => {
      transport.push('/user/queue/events', customerMessage(CONV_B, CUSTOMER_B, 1, 'Need a hand'));
      transport.push('/user/queue/events', assignedEvent(CONV_B, 2));
    });
    expect(await screen.findByRole('heading', { name: /Customer bbbbbbbb/ })).toBeInTheDocument();
    expect(screen.getByRole('log', { name: 'Messages' })).toHaveTextContent('Need a hand');
  });
});

describe('priority and VIP', () => {
  it('changes the priority of my conversation from its header', async () => {
    const gateway = desk((call) =>
      call.path.endsWith('/priority')
        ? { status: 200, body: { conversationId: CONV_A, status: 'ASSIGNED', priority: 'HIGH' } }
        : undefined,
    );
    await renderDesk(gateway);
    const select = screen.getByLabelText('Priority');
    await waitFor(() => expect(select).toHaveValue('LOW'));
    await userEvent.setup().selectOptions(select, 'high');
    await waitFor(() => expect(select).toHaveValue('HIGH'));
    expect(posts(gateway)).toEqual([
      { path: `/api/v1/queue/conversations/${CONV_A}/priority`, body: { priority: 'HIGH' } },
    ]);
  });

  it('shows an agent the VIP badge without a toggle', async () => {
    const gateway = desk((call) =>
      call.path === `/api/v1/customers/${CUSTOMER_A}`
        ? { status: 200, body: { customerId: CUSTOMER_A, vip: true, attributes: {}, updatedAt: at(1) } }
        : undefined,
    );
    await renderDesk(gateway);
    const panel = within(await screen.findByRole('complementary', { name: 'Customer VIP' }));
    expect(panel.getByText('Yes')).toBeInTheDocument();
    expect(panel.queryByRole('button', { name: 'VIP customer' })).not.toBeInTheDocument();
  });

  it('lets a supervisor toggle VIP, keeping the attributes', async () => {
    let profile = {
      customerId: CUSTOMER_A,
      vip: false,
      attributes: { plan: 'gold' },
      updatedAt: null as string | null,
    };
    const gateway = desk((call) => {
      if (call.path !== `/api/v1/customers/${CUSTOMER_A}`) {
        return undefined;
      }
      if (call.method === 'PUT') {
        profile = { ...profile, ...(call.body as { vip: boolean }), updatedAt: at(9) };
      }
      return { status: 200, body: profile };
    });
    await renderDesk(gateway, `/c/${CONV_A}`, ['AGENT', 'SUPERVISOR']);
    const toggle = await screen.findByRole('button', { name: 'VIP customer' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.setup().click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    expect(posts(gateway)).toEqual([
      { path: `/api/v1/customers/${CUSTOMER_A}`, body: { vip: true, attributes: { plan: 'gold' } } },
    ]);
    expect(screen.getByRole('complementary', { name: 'Customer VIP' })).toBeInTheDocument();
  });
});
