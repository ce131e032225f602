import type { AssignmentDecision, LiveQueue, ParleyClient, Role } from '@parley/client-sdk';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AdminPage, summary } from '../src/admin/AdminPage.tsx';
import { AgentsTable } from '../src/admin/AgentsTable.tsx';
import { WaitingTable } from '../src/admin/WaitingTable.tsx';
import {
  conversation,
  CUSTOMER_A,
  FakeGateway,
  newClient,
  problem,
  renderWith,
  silentTransport,
  type Call,
} from './fakes.tsx';

const VIP_CONV = 'w1000000-0000-4000-8000-000000000001';

const overview: LiveQueue = {
  waiting: [
    {
      conversationId: 'w2000000-0000-4000-8000-000000000002',
      customerId: 'cust0002-0000-4000-8000-000000000000',
      department: null,
      priority: null,
      effectivePriority: 1,
      vip: false,
      skills: [],
      enqueuedAt: '2026-11-25T12:01:00Z',
      position: 2,
      estimatedWaitSeconds: null,
      escalated: false,
      mode: 'AUTOMATIC',
    },
    {
      conversationId: 'w1000000-0000-4000-8000-000000000001',
      customerId: 'cust0001-0000-4000-8000-000000000000',
      department: 'sales',
      priority: 'HIGH',
      effectivePriority: 4,
      vip: true,
      skills: ['german', 'billing'],
      enqueuedAt: '2026-11-25T12:00:00Z',
      position: 1,
      estimatedWaitSeconds: 150,
      escalated: true,
      mode: 'MANUAL',
    },
  ],
  agents: [
    agent('b2', 'Bob', 'OFFLINE', 0, ['sales'], ['english', 'german']),
    { ...agent('b3', 'Carol', 'ONLINE', 3, ['support'], ['english', 'technical']) },
    { ...agent('b1', 'Alice', 'ONLINE', 1, ['sales'], ['english', 'billing']), capacity: 2 },
    agent('b4', 'Dave', 'AWAY', 1, ['support'], []),
    agent('b5', 'Erin', 'ONLINE', 0, ['sales'], ['german', 'billing']),
  ],
};

function agent(
  agentId: string,
  displayName: string,
  status: LiveQueue['agents'][number]['status'],
  active: number,
  departments: string[],
  skills: string[],
): LiveQueue['agents'][number] {
  return { agentId, displayName, status, capacity: 3, active, departments, skills };
}

/** Each body row's cells as text (a select's cell reads as its chosen option). */
const rows = (caption: string) =>
  within(screen.getByRole('table', { name: caption }))
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      [...r.querySelectorAll(':scope > th, :scope > td')].map((cell) => {
        const select = cell.querySelector('select');
        const text = select ? (select.selectedOptions[0]?.textContent ?? '') : (cell.textContent ?? '');
        return text.replace(/\s+/g, ' ').trim();
      }),
    );

const now = Date.parse('2026-11-25T12:05:30Z');

/** A gateway serving the overview, recording what the page sends. */
function queueGateway(...handlers: Array<(call: Call) => { status: number; body?: unknown } | undefined>) {
  const gateway = new FakeGateway();
  gateway.handlers.push(...handlers, (call) =>
    call.path === '/api/v1/queue' ? { status: 200, body: overview } : undefined,
  );
  return gateway;
}

/** A client whose session (and so its roles) is restored, as main.tsx does before rendering. */
async function signedIn(gateway: FakeGateway, roles: Role[]) {
  const client = newClient(gateway, true, silentTransport, roles);
  clients.push(client);
  await client.init();
  return client;
}

const clients: ParleyClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.dispose()));

const sent = (gateway: FakeGateway, method: string) =>
  gateway.calls.filter((c) => c.method === method).map((c) => ({ path: c.path, body: c.body }));

describe('admin tables', () => {
  it('lists agents online first with status, load, capacity, departments and skills', () => {
    renderWith(newClient(new FakeGateway()), <AgentsTable agents={overview.agents} />);
    expect(rows('Agents (5)')).toEqual([
      ['Alice', 'Online', '1 of 2', '2', 'sales', 'english, billing'],
      ['Carol', 'Online', '3 of 3full', '3', 'support', 'english, technical'],
      ['Erin', 'Online', '0 of 3', '3', 'sales', 'german, billing'],
      ['Dave', 'Away', '1 of 3', '3', 'support', '—'],
      ['Bob', 'Offline', '0 of 3', '3', 'sales', 'english, german'],
    ]);
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
  });

  it('shows the live queue: mode, VIP, priorities, skills, waited, estimate, escalation', () => {
    renderWith(
      newClient(new FakeGateway()),
      <WaitingTable waiting={overview.waiting} agents={overview.agents} now={now} />,
    );
    const [first, second] = rows('Waiting (2)');
    expect(first?.slice(0, 6)).toEqual([
      '1',
      'sales (manual)',
      'cust0001VIP',
      'high',
      'urgent +1',
      'german, billing',
    ]);
    expect(first?.[6]).toMatch(/^5 min/);
    expect(first?.slice(7, 9)).toEqual(['3 min', 'escalated']);
    expect(second?.slice(0, 6)).toEqual(['2', 'any (automatic)', 'cust0002', 'none (medium)', 'medium', '—']);
    expect(second?.slice(7, 9)).toEqual(['unknown', 'no']);
    expect(screen.getByLabelText('Priority of customer cust0001')).toHaveValue('HIGH');
  });

  it('says so when nobody waits', () => {
    renderWith(newClient(new FakeGateway()), <WaitingTable waiting={[]} agents={[]} now={0} />);
    expect(screen.getByText('Nobody is waiting.')).toBeInTheDocument();
  });

  it('sums up the floor', () => {
    expect(summary(overview)).toEqual({ online: 3, freeSlots: 4, active: 5, waiting: 2, escalated: 1 });
  });
});

describe('AdminPage', () => {
  it('loads GET /api/v1/queue and polls it', async () => {
    const gateway = queueGateway();
    renderWith(newClient(gateway), <AdminPage />);
    expect(await screen.findByRole('table', { name: 'Agents (5)' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Waiting (2)' })).toBeInTheDocument();
    expect(screen.getByText(/Refreshed every 2 s/)).toBeInTheDocument();
    await waitFor(
      () => expect(gateway.calls.filter((c) => c.path === '/api/v1/queue').length).toBeGreaterThanOrEqual(2),
      { timeout: 4000 },
    );
  });

  it('shows the problem detail when the queue cannot be read', async () => {
    const gateway = new FakeGateway();
    gateway.handlers.push((call) =>
      call.path === '/api/v1/queue'
        ? { status: 403, body: { status: 403, detail: 'Access Denied' } }
        : undefined,
    );
    renderWith(newClient(gateway), <AdminPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Access Denied');
  });

  it('assigns a waiting conversation to a chosen agent, showing why others cannot take it and a 409', async () => {
    let refuse = true;
    const gateway = queueGateway((call) =>
      call.path.endsWith('/assign')
        ? refuse
          ? problem(409, 'Erin is at capacity (3 of 3)')
          : { status: 200, body: {} }
        : undefined,
    );
    renderWith(newClient(gateway), <AdminPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Assign customer cust0001…' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Assign customer cust0001' }));

    expect(dialog.getByRole('radio', { name: 'Erin' })).toBeEnabled();
    expect(dialog.getByRole('radio', { name: 'Alice' })).toBeDisabled();
    expect(dialog.getByRole('radio', { name: 'Alice' })).toHaveAccessibleDescription(
      /cannot take it: lacks the skill “german”/,
    );
    expect(dialog.getByRole('radio', { name: 'Carol' })).toHaveAccessibleDescription(
      /cannot take it: at capacity/,
    );
    expect(dialog.getByRole('radio', { name: 'Bob' })).toHaveAccessibleDescription(/cannot take it: offline/);
    expect(dialog.getByRole('radio', { name: 'Dave' })).toHaveAccessibleDescription(/cannot take it: away/);
    expect(dialog.getByRole('button', { name: 'Assign' })).toBeDisabled();

    await user.click(dialog.getByRole('radio', { name: 'Erin' }));
    await user.click(dialog.getByRole('button', { name: 'Assign' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'Could not assign: Erin is at capacity (3 of 3)',
    );
    expect(sent(gateway, 'POST')).toEqual([
      { path: `/api/v1/queue/conversations/${VIP_CONV}/assign`, body: { agentId: 'b5' } },
    ]);

    refuse = false;
    await user.click(dialog.getByRole('button', { name: 'Assign' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent(gateway, 'POST')).toHaveLength(2);
  });

  it('changes the priority of a waiting conversation', async () => {
    const gateway = queueGateway((call) =>
      call.path.endsWith('/priority')
        ? { status: 200, body: { conversationId: VIP_CONV, priority: 'URGENT' } }
        : undefined,
    );
    renderWith(newClient(gateway), <AdminPage />);
    const select = await screen.findByLabelText('Priority of customer cust0001');
    await userEvent.setup().selectOptions(select, 'urgent');
    await waitFor(() =>
      expect(sent(gateway, 'PUT')).toEqual([
        { path: `/api/v1/queue/conversations/${VIP_CONV}/priority`, body: { priority: 'URGENT' } },
      ]),
    );
    expect(select).toHaveValue('URGENT');
  });

  it('explains an assignment: "Why this agent?" lists the decisions with each candidate\'s reason', async () => {
    const decision: AssignmentDecision = {
      at: '2026-11-25T12:00:05Z',
      kind: 'AUTOMATIC',
      agentId: 'b5',
      previousAgentId: null,
      rulesVersion: 3,
      matchedRules: ['refunds are billing'],
      strategy: 'MOST_SPARE_CAPACITY',
      department: 'sales',
      priority: 'HIGH',
      effectivePriority: 2,
      vip: true,
      candidates: [
        { agentId: 'b5', eligible: true, reason: null, spare: 3, score: 3 },
        { agentId: 'b1', eligible: false, reason: 'MISSING_SKILL german', spare: 1, score: null },
        { agentId: 'b2', eligible: false, reason: 'OFFLINE', spare: 3, score: null },
      ],
    };
    const gateway = queueGateway((call) => {
      if (call.path.endsWith('/assignments')) {
        return { status: 200, body: [decision] };
      }
      return call.path === '/api/v1/queue/agents' ? { status: 200, body: overview.agents } : undefined;
    });
    renderWith(newClient(gateway), <AdminPage />);
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Why this agent? (customer cust0001)' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Why this agent? (customer cust0001)' }));
    expect(
      await dialog.findByRole('heading', { name: /^Assigned by the routing rules to Erin/ }),
    ).toBeInTheDocument();
    expect(dialog.getByText('refunds are billing')).toBeInTheDocument();
    expect(dialog.getByText('most spare capacity')).toBeInTheDocument();
    const candidates = dialog
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(candidates).toEqual(['Erinchosenyes—33', 'Alicenolacks the skill “german”1—', 'Bobnooffline3—']);
    expect(gateway.calls.some((c) => c.path === `/api/v1/queue/conversations/${VIP_CONV}/assignments`)).toBe(
      true,
    );
  });

  it("lets an admin edit an agent's departments and skills", async () => {
    const gateway = queueGateway((call) =>
      call.method === 'PUT' && call.path === '/api/v1/agents/b2' ? { status: 200, body: {} } : undefined,
    );
    renderWith(await signedIn(gateway, ['ADMIN', 'SUPERVISOR']), <AdminPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit departments and skills of Bob' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Routing of Bob' }));
    const skills = dialog.getByLabelText('Skills');
    expect(skills).toHaveValue('english, german');

    await user.clear(skills);
    await user.type(skills, 'English, Billing!');
    expect(dialog.getByText(/“billing!” is not valid/)).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.clear(skills);
    await user.type(skills, 'English, billing, english');
    await user.clear(dialog.getByLabelText('Departments'));
    await user.type(dialog.getByLabelText('Departments'), 'sales support');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent(gateway, 'PUT')).toEqual([
      {
        path: '/api/v1/agents/b2',
        body: { departments: ['sales', 'support'], skills: ['english', 'billing'] },
      },
    ]);
  });

  it('shows the server refusal of an agent change', async () => {
    const gateway = queueGateway((call) =>
      call.method === 'PUT' ? problem(400, 'unknown department "sells"') : undefined,
    );
    renderWith(await signedIn(gateway, ['ADMIN']), <AdminPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit departments and skills of Alice' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not save: unknown department "sells"');
  });

  it('reassigns a conversation in progress to another agent', async () => {
    const gateway = queueGateway((call) => (call.path.endsWith('/assign') ? { status: 200 } : undefined));
    gateway.conversations = [
      conversation('k-active', CUSTOMER_A, {
        agentId: 'b1',
        agentName: 'Alice',
        department: 'sales',
        lastSeq: 4,
      }),
      conversation('k-ended', CUSTOMER_A, { status: 'ENDED', lastSeq: 9 }),
    ];
    renderWith(newClient(gateway), <AdminPage />);
    const table = within(await screen.findByRole('table', { name: 'In progress (1)' }));
    expect(table.getByRole('link', { name: 'Open the conversation of customer aaaaaaaa' })).toHaveAttribute(
      'href',
      '/c/k-active',
    );
    const user = userEvent.setup();
    await user.click(table.getByRole('button', { name: 'Reassign customer aaaaaaaa…' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Assign customer aaaaaaaa' }));
    expect(dialog.getByRole('radio', { name: 'Alice' }).closest('li')).toHaveTextContent(
      'cannot take it: has it now',
    );
    await user.click(dialog.getByRole('radio', { name: 'Erin' }));
    await user.click(dialog.getByRole('button', { name: 'Assign' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sent(gateway, 'POST')).toEqual([
      { path: '/api/v1/queue/conversations/k-active/assign', body: { agentId: 'b5' } },
    ]);
  });
});
