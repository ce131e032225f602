import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StatusSelector } from '../src/shell/StatusSelector.tsx';
import { FakeGateway, newClient, renderWith } from './fakes.tsx';

describe('StatusSelector', () => {
  it('shows the agent status and puts a new one to the API', async () => {
    const gateway = new FakeGateway();
    renderWith(newClient(gateway), <StatusSelector />);
    const select = await screen.findByLabelText('Status');
    expect(select).toHaveValue('OFFLINE');

    await userEvent.setup().selectOptions(select, 'Online');

    await waitFor(() =>
      expect(gateway.calls).toContainEqual({
        method: 'PUT',
        path: '/api/v1/agents/me/status',
        body: { status: 'ONLINE' },
      }),
    );
    await waitFor(() => expect(screen.getByLabelText('Status')).toHaveValue('ONLINE'));
  });

  it('sets the capacity with the current status', async () => {
    const gateway = new FakeGateway();
    gateway.agent = { ...gateway.agent, status: 'AWAY' };
    renderWith(newClient(gateway), <StatusSelector />);
    const user = userEvent.setup();
    const capacity = await screen.findByLabelText('Capacity');
    await user.clear(capacity);
    await user.type(capacity, '5');
    await user.click(screen.getByRole('button', { name: 'Set capacity' }));

    await waitFor(() =>
      expect(gateway.calls).toContainEqual({
        method: 'PUT',
        path: '/api/v1/agents/me/status',
        body: { status: 'AWAY', capacity: 5 },
      }),
    );
    await waitFor(() => expect(screen.getByLabelText('Capacity')).toHaveValue(5));
  });

  it('refuses a capacity out of range without calling the API', async () => {
    const gateway = new FakeGateway();
    renderWith(newClient(gateway), <StatusSelector />);
    const user = userEvent.setup();
    const capacity = await screen.findByLabelText('Capacity');
    await user.clear(capacity);
    await user.type(capacity, '25');
    expect(capacity).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Set capacity' })).toBeDisabled();
    expect(gateway.calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });

  it('shows the problem detail when the API refuses the change', async () => {
    const gateway = new FakeGateway();
    gateway.handlers.push((call) =>
      call.method === 'PUT'
        ? { status: 400, body: { status: 400, detail: 'capacity must be 1..20' } }
        : undefined,
    );
    renderWith(newClient(gateway), <StatusSelector />);
    await userEvent.setup().selectOptions(await screen.findByLabelText('Status'), 'Away');
    expect(await screen.findByRole('alert')).toHaveTextContent('capacity must be 1..20');
  });
});
