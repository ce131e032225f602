import { emptyConversation, type LiveQueueAgent, type ParleyClient, type Role } from '@parley/client-sdk';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ActiveTable } from '../src/admin/ActiveTable.tsx';
import { AgentsTable } from '../src/admin/AgentsTable.tsx';
import { CustomerPanel } from '../src/workspace/CustomerPanel.tsx';
import { AllConversationsPage } from '../src/conversations/AllConversationsPage.tsx';
import { SearchPage } from '../src/search/SearchPage.tsx';
import { Shell } from '../src/shell/Shell.tsx';
import { AttentionProvider } from '../src/alerts/AttentionProvider.tsx';
import { agentChoices, AgentChoiceList } from '../src/ui/AgentChoiceList.tsx';
import { TransferDialog } from '../src/workspace/TransferDialog.tsx';
import {
  conversation,
  CUSTOMER_A,
  FakeGateway,
  newClient,
  renderWith,
  Route,
  SELF,
  type Call,
} from './fakes.tsx';

const BOB = '00000000-0000-0000-0000-00000000b002';
const CONV_X = 'c1000000-0000-4000-8000-0000000000aa';

function agent(agentId: string, displayName: string, over: Partial<LiveQueueAgent> = {}): LiveQueueAgent {
  return {
    agentId,
    displayName,
    status: 'ONLINE',
    capacity: 3,
    active: 0,
    departments: ['support'],
    skills: [],
    ...over,
  };
}

const agents = [agent(SELF, 'Carol'), agent(BOB, 'Bob Chen', { status: 'AWAY' })];

const clients: ParleyClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.dispose()));

function gatewayWith(...handlers: Array<(call: Call) => { status: number; body?: unknown } | undefined>) {
  const gateway = new FakeGateway();
  gateway.handlers.push(...handlers, (call) => {
    if (call.path === '/api/v1/queue/agents') {
      return { status: 200, body: agents };
    }
    return call.path === '/api/v1/departments' ? { status: 200, body: ['sales', 'support'] } : undefined;
  });
  return gateway;
}

function render(gateway: FakeGateway, ui: React.ReactNode, path: string, roles: Role[] = ['AGENT']) {
  const client = newClient(gateway, true, undefined, roles);
  clients.push(client);
  return renderWith(client, null, {
    path,
    routes: (
      <>
        <Route path="/search" element={ui} />
        <Route path="/conversations" element={ui} />
        <Route path="/c/:conversationId" element={<p>Opened conversation</p>} />
      </>
    ),
  });
}

const searches = (gateway: FakeGateway) =>
  gateway.calls.filter((c) => c.path === '/api/v1/search/messages').map((c) => c.query);

describe('SearchPage', () => {
  const hit = (seq: number, snippet: string) => ({
    conversationId: CONV_X,
    messageId: `m${seq}`,
    seq,
    senderId: CUSTOMER_A,
    senderRole: 'CUSTOMER',
    sentAt: '2026-11-25T12:00:00Z',
    snippet,
  });

  it('searches plain words with the chosen filters and highlights the matches as text', async () => {
    const gateway = gatewayWith((call) =>
      call.path === '/api/v1/search/messages'
        ? {
            status: 200,
            body: {
              total: 1,
              page: 0,
              size: 20,
              hits: [hit(3, 'my <mark>refund</mark> &lt;img src=x onerror=alert(1)&gt;')],
            },
          }
        : undefined,
    );
    const { container } = render(gateway, <SearchPage />, '/search');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Words to find'), 'refund  ');
    await user.selectOptions(
      await screen.findByLabelText('Agent'),
      await screen.findByRole('option', { name: 'Bob Chen' }),
    );
    await user.type(screen.getByLabelText('Customer id'), CUSTOMER_A);
    await user.type(screen.getByLabelText('From'), '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByRole('status')).toHaveTextContent('1 message found; showing 1–1.');
    const query = searches(gateway)[0]!;
    expect(query).toMatchObject({ q: 'refund', agentId: BOB, customerId: CUSTOMER_A, size: '20' });
    expect(new Date(query.from!).getDate()).toBe(1);
    expect(query.to).toBeUndefined();

    const result = screen.getByRole('listitem');
    expect(within(result).getByText('refund').tagName).toBe('MARK');
    expect(result).toHaveTextContent('my refund <img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    await user.click(
      within(result).getByRole('link', { name: `Conversation ${CONV_X.slice(0, 8)}, message 3` }),
    );
    expect(await screen.findByText('Opened conversation')).toBeInTheDocument();
  });

  it('pages through the results', async () => {
    const gateway = gatewayWith((call) => {
      if (call.path !== '/api/v1/search/messages') {
        return undefined;
      }
      const page = Number(call.query?.page ?? 0);
      return {
        status: 200,
        body: {
          total: 21,
          page,
          size: 20,
          hits: page === 0 ? [hit(1, 'first <mark>x</mark>')] : [hit(2, 'late')],
        },
      };
    });
    render(gateway, <SearchPage />, '/search?q=x');
    expect(await screen.findByText('first')).toBeInTheDocument();
    const user = userEvent.setup();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('late')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('21 messages found; showing 21–21.');
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(searches(gateway).map((q) => q?.page)).toEqual(['0', '1']);
  });

  it('shows the server reason when a search is refused', async () => {
    const gateway = gatewayWith((call) =>
      call.path === '/api/v1/search/messages'
        ? { status: 403, body: { status: 403, detail: 'not your customer' } }
        : undefined,
    );
    render(gateway, <SearchPage />, '/search?q=hello&customerId=someone');
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not search: not your customer');
  });
});

describe('AllConversationsPage', () => {
  it('lists conversations with the chosen filters, a page at a time, each opening in the workspace', async () => {
    const full = Array.from({ length: 50 }, (_, i) =>
      conversation(`c${String(i).padStart(3, '0')}`, CUSTOMER_A, {
        status: 'ENDED',
        customerName: `Dana ${i}`,
      }),
    );
    const gateway = gatewayWith((call) =>
      call.path === '/api/v1/conversations'
        ? { status: 200, body: call.query?.page === '1' ? [full[0]] : full }
        : undefined,
    );
    render(gateway, <AllConversationsPage />, '/conversations', ['SUPERVISOR']);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Status'), 'ENDED');
    await user.selectOptions(
      await screen.findByLabelText('Department'),
      await screen.findByRole('option', { name: 'support' }),
    );
    await user.selectOptions(
      screen.getByLabelText('Agent'),
      await screen.findByRole('option', { name: 'Carol' }),
    );
    await user.type(screen.getByLabelText('Created to'), '2026-11-25');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() =>
      expect(gateway.calls.filter((c) => c.path === '/api/v1/conversations').at(-1)?.query).toMatchObject({
        status: 'ENDED',
        department: 'support',
        agentId: SELF,
        size: '50',
      }),
    );
    const lastQuery = gateway.calls.filter((c) => c.path === '/api/v1/conversations').at(-1)!.query!;
    expect(new Date(lastQuery.to!).getDate()).toBe(26);
    expect(await screen.findByRole('status')).toHaveTextContent('Showing 1–50.');
    expect(screen.getAllByRole('row')).toHaveLength(51);

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Showing 51–51.'));
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
    expect(gateway.calls.filter((c) => c.path === '/api/v1/conversations').at(-1)?.query).toMatchObject({
      status: 'ENDED',
      page: '1',
    });
    await user.click(screen.getByRole('link', { name: 'Dana 0' }));
    expect(await screen.findByText('Opened conversation')).toBeInTheDocument();
  });
});

describe('listings that page', () => {
  const listings = (gateway: FakeGateway) =>
    gateway.calls.filter((c) => c.path === '/api/v1/conversations').map((c) => c.query);

  it('asks for the conversations in progress by status, so newer ended ones cannot push them off the page', async () => {
    const gateway = gatewayWith();
    gateway.conversations = [conversation(CONV_X, CUSTOMER_A, { agentName: 'Bob Chen' })];
    const client = newClient(gateway, true, undefined, ['SUPERVISOR']);
    clients.push(client);
    renderWith(client, <ActiveTable agents={agents} now={Date.now()} />);
    expect(await screen.findByText('In progress (1)')).toBeInTheDocument();
    expect(listings(gateway)[0]).toEqual({ status: 'ACTIVE', size: '200' });
  });

  it("asks for the customer's past conversations by customer", async () => {
    const gateway = gatewayWith();
    gateway.conversations = [
      conversation(CONV_X, CUSTOMER_A),
      conversation('c-old', CUSTOMER_A, { status: 'ENDED', createdAt: '2026-11-01T09:00:00Z' }),
    ];
    const client = newClient(gateway);
    clients.push(client);
    const view = { ...emptyConversation(CONV_X), customerId: CUSTOMER_A, status: 'ACTIVE' as const };
    renderWith(client, <CustomerPanel view={view} />);
    const past = await screen.findByRole('list', { name: 'Past conversations' });
    expect(within(past).getAllByRole('link')).toHaveLength(1);
    expect(listings(gateway)[0]).toEqual({ customerId: CUSTOMER_A, size: '50' });
  });
});

describe('presence', () => {
  it('shows connected devices beside the chosen status in the agents table', async () => {
    const gateway = new FakeGateway();
    gateway.presence = [
      { agentId: SELF, connected: true, devices: 2 },
      { agentId: BOB, connected: false, devices: 0 },
    ];
    const client = newClient(gateway);
    clients.push(client);
    renderWith(client, <AgentsTable agents={agents} />);
    const carolRow = screen.getByRole('rowheader', { name: 'Carol' }).closest('tr')!;
    await waitFor(() => expect(carolRow).toHaveTextContent('Online · connected (2 devices)'));
    const bobRow = screen.getByRole('rowheader', { name: 'Bob Chen' }).closest('tr')!;
    expect(bobRow).toHaveTextContent('Away · not connected');
  });

  it("lists each transfer target's connection beside their status", async () => {
    const gateway = gatewayWith();
    gateway.presence = [{ agentId: BOB, connected: true, devices: 2 }];
    const client = newClient(gateway);
    clients.push(client);
    const view = {
      ...emptyConversation(CONV_X),
      status: 'ACTIVE' as const,
      department: 'support',
      agentId: SELF,
    };
    renderWith(
      client,
      <TransferDialog view={view} selfId={SELF} onClose={() => undefined} onTransferred={() => undefined} />,
    );
    const bob = await screen.findByRole('radio', { name: 'Bob Chen' });
    await waitFor(() => expect(bob).toHaveAccessibleDescription(/^Away · connected \(2 devices\)/));
  });

  it('describes each agent choice with their connection', () => {
    const gateway = new FakeGateway();
    const client = newClient(gateway);
    clients.push(client);
    const presence = new Map([[BOB, { agentId: BOB, connected: true, devices: 1 }]]);
    renderWith(
      client,
      <AgentChoiceList
        name="t"
        choices={agentChoices(agents, { department: 'support', skills: [] }, SELF)}
        value=""
        onChange={() => undefined}
        presence={presence}
      />,
    );
    expect(screen.getByRole('radio', { name: 'Bob Chen' })).toHaveAccessibleDescription(
      /^Away · connected \(1 device\)/,
    );
    expect(screen.getByRole('radio', { name: 'Carol' })).toHaveAccessibleDescription(/^Online · 3 of 3 free/);
  });
});

describe('Shell navigation', () => {
  function shell(roles: Role[]) {
    const client = newClient(new FakeGateway(), true, undefined, roles);
    clients.push(client);
    renderWith(
      client,
      <AttentionProvider userId={SELF}>
        <Shell roles={roles} onLogout={() => undefined} />
      </AttentionProvider>,
    );
    return within(screen.getByRole('navigation', { name: 'Main' }));
  }

  it('offers search to agents and all conversations only to supervisors', () => {
    expect(shell(['AGENT']).getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search');
    expect(screen.queryByRole('link', { name: 'All conversations' })).not.toBeInTheDocument();
  });

  it('offers all conversations to supervisors', () => {
    expect(shell(['SUPERVISOR']).getByRole('link', { name: 'All conversations' })).toHaveAttribute(
      'href',
      '/conversations',
    );
  });
});
