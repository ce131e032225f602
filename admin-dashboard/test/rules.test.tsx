import type { ParleyClient, Role, RuleSetVersion } from '@parley/client-sdk';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/App.tsx';
import { formatDefinition, parseDraft } from '../src/rules/ruleDraft.ts';
import { FakeGateway, newClient, problem, renderWith, silentTransport, type Call } from './fakes.tsx';

const ADMIN = '00000000-0000-0000-0000-00000000a001';

const active: RuleSetVersion = {
  version: 1,
  status: 'ACTIVE',
  comment: 'sales picks its chats',
  createdBy: ADMIN,
  createdAt: '2026-11-20T09:00:00Z',
  activatedAt: '2026-11-20T09:05:00Z',
  definition: { departments: { sales: { mode: 'MANUAL' } }, vipPriority: 'HIGH' },
};

const draft: RuleSetVersion = {
  version: 2,
  status: 'DRAFT',
  comment: 'escalate long waits',
  createdBy: ADMIN,
  createdAt: '2026-11-24T10:00:00Z',
  activatedAt: null,
  definition: {
    escalations: [
      { name: 'long wait', when: { waitingSecondsAtLeast: 120 }, then: { raisePriorityTo: 'URGENT' } },
    ],
  },
};

const errors = [
  { path: 'departments.sales.overflow.to', message: 'unknown department "salez"' },
  { path: 'vipPriority', message: 'unknown priority "HUGE"' },
];

function rulesGateway(...extra: Array<(call: Call) => { status: number; body?: unknown } | undefined>) {
  const gateway = new FakeGateway();
  gateway.handlers.push(...extra, (call) => {
    const strip = ({ definition: _definition, ...rest }: RuleSetVersion) => rest;
    switch (`${call.method} ${call.path}`) {
      case 'GET /api/v1/queue/rules':
        return { status: 200, body: [strip(draft), strip(active)] };
      case 'GET /api/v1/queue/rules/active':
      case 'GET /api/v1/queue/rules/1':
        return { status: 200, body: active };
      case 'GET /api/v1/queue/rules/2':
        return { status: 200, body: draft };
      case 'GET /api/v1/queue/agents':
        return {
          status: 200,
          body: [
            {
              agentId: ADMIN,
              displayName: 'Ada Admin',
              status: 'OFFLINE',
              capacity: 3,
              active: 0,
              departments: ['sales', 'support'],
              skills: [],
            },
          ],
        };
      case 'POST /api/v1/queue/rules/validate':
        return (call.body as { vipPriority?: string }).vipPriority === 'HUGE'
          ? problem(400, 'the rule set is not valid', { errors })
          : { status: 200, body: { valid: true, errors: [] } };
      case 'POST /api/v1/queue/rules':
        return {
          status: 201,
          body: { ...draft, version: 3, comment: (call.body as { comment?: string }).comment ?? null },
        };
      case 'GET /api/v1/queue':
        return { status: 200, body: { waiting: [], agents: [] } };
      default:
        return undefined;
    }
  });
  return gateway;
}

const clients: ParleyClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.dispose()));

async function open(gateway: FakeGateway, path = '/rules', roles: Role[] = ['ADMIN', 'SUPERVISOR']) {
  const client = newClient(gateway, true, silentTransport, roles);
  clients.push(client);
  await client.init();
  renderWith(client, <App />, { path });
  return client;
}

const posts = (gateway: FakeGateway) =>
  gateway.calls.filter((c) => c.method === 'POST').map((c) => ({ path: c.path, body: c.body }));

async function editor() {
  const textarea = await screen.findByLabelText('Rule set (JSON)');
  await waitFor(() => expect(textarea).toHaveValue(formatDefinition(active.definition)));
  return textarea;
}

describe('routing rules page', () => {
  it('is in the navigation of admins only', async () => {
    await open(rulesGateway(), '/admin');
    expect(await screen.findByRole('link', { name: 'Routing rules' })).toHaveAttribute('href', '/rules');
    clients.splice(0).forEach((c) => c.dispose());
    document.body.innerHTML = '';

    await open(rulesGateway(), '/rules', ['SUPERVISOR']);
    expect(await screen.findByRole('heading', { name: 'Agent workspace' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Routing rules' })).not.toBeInTheDocument();
  });

  it('lists the versions with status, comment, author and time, and shows one', async () => {
    await open(rulesGateway());
    const table = within(await screen.findByRole('table', { name: 'Versions (2)' }));
    const rows = table
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('th, td')].slice(0, 4).map((c) => c.textContent));
    expect(rows).toEqual([
      ['2', 'draft', 'escalate long waits', 'Ada Admin'],
      ['1', 'active', 'sales picks its chats', 'Ada Admin'],
    ]);
    expect(screen.getByText(/Active: version 1 · “sales picks its chats”/)).toBeInTheDocument();

    await userEvent.setup().click(table.getByRole('link', { name: 'View version 2' }));
    const definition = await screen.findByLabelText('Definition of version 2');
    expect(definition).toHaveTextContent('"waitingSecondsAtLeast": 120');
    expect(table.getByRole('link', { name: 'View version 2' })).toHaveAttribute('aria-current', 'page');
  });

  it("starts the draft from the active definition and lists the server's errors beside it", async () => {
    const gateway = rulesGateway();
    await open(gateway);
    const textarea = await editor();
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Validate' }));
    expect(await screen.findByText('The draft is valid.')).toHaveAttribute('role', 'status');

    fireEvent.change(textarea, { target: { value: '{ "vipPriority": "HUGE" }' } });
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    const problems = await screen.findByRole('alert');
    expect(problems).toHaveTextContent('The draft is not valid: 2 problems');
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'departments.sales.overflow.to: unknown department "salez"',
      'vipPriority: unknown priority "HUGE"',
    ]);
    expect(textarea).toHaveAttribute('aria-invalid', 'true');
    expect(textarea).toHaveAccessibleDescription(/unknown priority "HUGE"/);
    expect(posts(gateway).map((p) => p.body)).toEqual([active.definition, { vipPriority: 'HUGE' }]);
  });

  it('reports text that is not a JSON object without asking the server', async () => {
    const gateway = rulesGateway();
    await open(gateway);
    const textarea = await editor();
    fireEvent.change(textarea, { target: { value: '{ "vipPriority": }' } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Validate' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/\(JSON\): not valid JSON/);
    fireEvent.change(textarea, { target: { value: '[1, 2]' } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('(JSON): the rule set must be a JSON object');
    expect(posts(gateway)).toEqual([]);
  });

  it('saves a draft with a comment, then activates it after a confirmation', async () => {
    const gateway = rulesGateway((call) =>
      call.path === '/api/v1/queue/rules/3/activate'
        ? { status: 200, body: { ...draft, version: 3, status: 'ACTIVE' } }
        : undefined,
    );
    await open(gateway);
    const textarea = await editor();
    const user = userEvent.setup();
    fireEvent.change(textarea, { target: { value: '{ "aging": { "secondsPerLevel": 300 } }' } });
    await user.type(screen.getByLabelText('Comment'), 'age faster');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const saved = await screen.findByText(/Saved as/);
    expect(saved).toHaveTextContent('Saved as version 3 (draft).');
    await user.click(screen.getByRole('button', { name: 'Activate version 3…' }));
    const confirm = within(screen.getByRole('group', { name: 'Confirm activating version 3' }));
    expect(confirm.getByText(/It applies to the queue at once/)).toBeInTheDocument();
    await user.click(confirm.getByRole('button', { name: 'Yes, activate' }));
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: 'Confirm activating version 3' })).not.toBeInTheDocument(),
    );
    expect(posts(gateway)).toEqual([
      {
        path: '/api/v1/queue/rules',
        body: { definition: { aging: { secondsPerLevel: 300 } }, comment: 'age faster' },
      },
      { path: '/api/v1/queue/rules/3/activate', body: undefined },
    ]);
  });

  it('does nothing when the activation is cancelled, and lists the errors of a refused one', async () => {
    const gateway = rulesGateway((call) =>
      call.path === '/api/v1/queue/rules/2/activate'
        ? problem(400, 'the rule set is not valid', { errors: [errors[0]] })
        : undefined,
    );
    await open(gateway);
    const table = within(await screen.findByRole('table', { name: 'Versions (2)' }));
    expect(table.queryByRole('button', { name: 'Activate version 1…' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(table.getByRole('button', { name: 'Activate version 2…' }));
    await user.click(table.getByRole('button', { name: 'Cancel' }));
    expect(posts(gateway)).toEqual([]);

    await user.click(table.getByRole('button', { name: 'Activate version 2…' }));
    await user.click(table.getByRole('button', { name: 'Yes, activate' }));
    const refused = await table.findByRole('alert');
    expect(refused).toHaveTextContent('Version 2 cannot be activated: 1 problem');
    expect(refused).toHaveTextContent('departments.sales.overflow.to: unknown department "salez"');
  });
});

describe('parseDraft', () => {
  it('accepts a JSON object and refuses anything else with a (JSON) error', () => {
    expect(parseDraft('{"vipPriority":"LOW"}')).toEqual({ ok: true, definition: { vipPriority: 'LOW' } });
    expect(parseDraft('null')).toMatchObject({ ok: false, error: { path: '(JSON)' } });
    expect(parseDraft('{\n  "a": 1,\n}')).toMatchObject({
      ok: false,
      error: { path: '(JSON)', message: expect.stringMatching(/^not valid JSON/) as unknown },
    });
  });
});
