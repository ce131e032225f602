import type { QueueOverview } from '@parley/client-sdk';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AdminPage, summary } from '../src/admin/AdminPage.tsx';
import { AgentsTable } from '../src/admin/AgentsTable.tsx';
import { WaitingTable } from '../src/admin/WaitingTable.tsx';
import { FakeGateway, newClient, renderWith } from './fakes.tsx';

const overview: QueueOverview = {
  waiting: [
    {
      conversationId: 'w2000000-0000-4000-8000-000000000002',
      customerId: 'cust0002-0000-4000-8000-000000000000',
      department: null,
      priority: 'NORMAL',
      enqueuedAt: '2026-11-25T12:01:00Z',
      position: 2,
    },
    {
      conversationId: 'w1000000-0000-4000-8000-000000000001',
      customerId: 'cust0001-0000-4000-8000-000000000000',
      department: 'sales',
      priority: 'NORMAL',
      enqueuedAt: '2026-11-25T12:00:00Z',
      position: 1,
    },
  ],
  agents: [
    { agentId: 'b2', displayName: 'Bob', status: 'OFFLINE', capacity: 3, active: 0, departments: ['sales'] },
    {
      agentId: 'b3',
      displayName: 'Carol',
      status: 'ONLINE',
      capacity: 3,
      active: 3,
      departments: ['support'],
    },
    { agentId: 'b1', displayName: 'Alice', status: 'ONLINE', capacity: 2, active: 1, departments: ['sales'] },
    { agentId: 'b4', displayName: 'Dave', status: 'AWAY', capacity: 3, active: 1, departments: ['support'] },
  ],
};

const rows = (caption: string) =>
  within(screen.getByRole('table', { name: caption }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()));

describe('admin tables', () => {
  it('lists agents online first with status, load and capacity', () => {
    renderWith(newClient(new FakeGateway()), <AgentsTable agents={overview.agents} />);
    expect(rows('Agents (4)')).toEqual([
      ['Alice', 'Online', '1 of 2', '2', 'sales'],
      ['Carol', 'Online', '3 of 3full', '3', 'support'],
      ['Dave', 'Away', '1 of 3', '3', 'support'],
      ['Bob', 'Offline', '0 of 3', '3', 'sales'],
    ]);
  });

  it('lists the queue by position with how long each has waited', () => {
    const now = Date.parse('2026-11-25T12:05:30Z');
    renderWith(newClient(new FakeGateway()), <WaitingTable waiting={overview.waiting} now={now} />);
    const [first, second] = rows('Waiting (2)');
    expect(first?.slice(0, 2)).toEqual(['1', 'sales']);
    expect(first?.[2]).toMatch(/^5 min/);
    expect(first?.[4]).toBe('cust0001');
    expect(second?.slice(0, 2)).toEqual(['2', 'any']);
  });

  it('says so when nobody waits', () => {
    renderWith(newClient(new FakeGateway()), <WaitingTable waiting={[]} now={0} />);
    expect(screen.getByText('Nobody is waiting.')).toBeInTheDocument();
  });

  it('sums up the floor', () => {
    expect(summary(overview)).toEqual({ online: 2, freeSlots: 1, active: 5, waiting: 2 });
  });
});

describe('AdminPage', () => {
  it('loads GET /api/v1/queue and polls it', async () => {
    const gateway = new FakeGateway();
    gateway.handlers.push((call) =>
      call.path === '/api/v1/queue' ? { status: 200, body: overview } : undefined,
    );
    renderWith(newClient(gateway), <AdminPage />);
    expect(await screen.findByRole('table', { name: 'Agents (4)' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Waiting (2)' })).toBeInTheDocument();
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
});
