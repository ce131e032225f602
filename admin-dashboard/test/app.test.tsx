import type { ParleyClient } from '@parley/client-sdk';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/App.tsx';
import { FakeGateway, newClient, renderWith, silentTransport, SELF } from './fakes.tsx';

const clients: ParleyClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.dispose()));

async function start(roles: Parameters<typeof newClient>[3] | null, path = '/') {
  const gateway = new FakeGateway();
  gateway.handlers.push((call) =>
    call.path === '/api/v1/queue' ? { status: 200, body: { waiting: [], agents: [] } } : undefined,
  );
  gateway.handlers.push((call) => (call.path === '/api/v1/auth/logout' ? { status: 204 } : undefined));
  const client = newClient(gateway, roles !== null, silentTransport, roles ?? undefined);
  clients.push(client);
  await client.init();
  renderWith(client, <App />, { path });
  return { client, gateway };
}

describe('App', () => {
  it('sends a visitor without a session to the login page', async () => {
    await start(null, '/admin');
    expect(await screen.findByRole('heading', { name: 'Sign in to Parley' })).toBeInTheDocument();
  });

  it('shows an agent the workspace but not the supervision page', async () => {
    await start(['AGENT'], '/admin');
    expect(await screen.findByRole('heading', { name: 'Agent workspace' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Supervision' })).not.toBeInTheDocument();
  });

  it('shows supervisors and admins the supervision page', async () => {
    await start(['ADMIN', 'SUPERVISOR'], '/admin');
    expect(await screen.findByRole('heading', { name: 'Supervision' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Supervision' })).toHaveAttribute('aria-current', 'page');
  });

  it('signs out: back to the login page, drafts of the user gone', async () => {
    sessionStorage.setItem(`parley.dashboard.drafts.${SELF}`, '{"c":"secret"}');
    const { client, gateway } = await start(['AGENT']);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Parley' })).toBeInTheDocument();
    await waitFor(() => expect(gateway.calls.some((c) => c.path === '/api/v1/auth/logout')).toBe(true));
    expect(client.getState().session).toBeNull();
    expect(sessionStorage.getItem(`parley.dashboard.drafts.${SELF}`)).toBeNull();
  });
});
