import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LoginPage } from '../src/login/LoginPage.tsx';
import { FakeGateway, newClient, renderWith, SELF } from './fakes.tsx';

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it('shows the problem detail of a refused login and marks the fields invalid', async () => {
    const gateway = new FakeGateway();
    gateway.handlers.push((call) =>
      call.path === '/api/v1/auth/login'
        ? { status: 401, body: { title: 'Unauthorized', status: 401, detail: 'email or password is wrong' } }
        : undefined,
    );
    const client = newClient(gateway, false);
    const onSignedIn = vi.fn();
    renderWith(client, <LoginPage onSignedIn={onSignedIn} />);

    await fillAndSubmit('carol@parley.local', 'nope');

    expect(await screen.findByRole('alert')).toHaveTextContent('email or password is wrong');
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(gateway.calls.at(-1)).toMatchObject({
      method: 'POST',
      path: '/api/v1/auth/login',
      body: { email: 'carol@parley.local', password: 'nope' },
    });
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(client.getState().session).toBeNull();
  });

  it('says the server cannot be reached when the request fails on the network', async () => {
    const failing = newClientWithFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    renderWith(failing, <LoginPage />);
    await fillAndSubmit('carol@parley.local', 'parley-demo');
    expect(await screen.findByRole('alert')).toHaveTextContent('The server cannot be reached');
  });

  it('signs in and reports it', async () => {
    const gateway = new FakeGateway();
    gateway.handlers.push((call) =>
      call.path === '/api/v1/auth/login'
        ? {
            status: 200,
            body: {
              accessToken: 'a',
              refreshToken: 'r',
              tokenType: 'Bearer',
              expiresIn: 900,
              userId: SELF,
              roles: ['AGENT'],
            },
          }
        : undefined,
    );
    const client = newClient(gateway, false);
    const onSignedIn = vi.fn();
    renderWith(client, <LoginPage onSignedIn={onSignedIn} />);
    await fillAndSubmit('carol@parley.local', 'parley-demo');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(client.getState().session).toEqual({ userId: SELF, roles: ['AGENT'] });
    client.dispose();
  });
});

function newClientWithFetch(fetch: typeof globalThis.fetch) {
  const gateway = new FakeGateway();
  Object.defineProperty(gateway, 'fetch', { value: fetch });
  return newClient(gateway, false);
}
