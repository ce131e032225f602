import type { ConnectionState } from '@parley/client-sdk';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionBanner } from './ConnectionBanner.tsx';

function renderBanner(state: ConnectionState) {
  const handlers = { onRetryNow: vi.fn(), onStartOver: vi.fn() };
  const view = render(<ConnectionBanner state={state} {...handlers} />);
  return { ...handlers, ...view };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ConnectionBanner', () => {
  it('says connecting, then connected, in a status region', () => {
    const { rerender, onRetryNow, onStartOver } = renderBanner({
      status: 'connecting',
      attempt: 0,
      authFailures: 0,
    });
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…');
    rerender(
      <ConnectionBanner state={{ status: 'live' }} onRetryNow={onRetryNow} onStartOver={onStartOver} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Connected');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('counts down to the next reconnect while offline', () => {
    vi.useFakeTimers();
    renderBanner({
      status: 'offline',
      attempt: 2,
      authFailures: 0,
      retryInMs: 3000,
      reason: 'socket closed',
    });
    expect(screen.getByRole('status')).toHaveTextContent('Offline — reconnecting in 3 s');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(screen.getByRole('status')).toHaveTextContent('Offline — reconnecting in 2 s');
    // The ticking number is visible but not read out every second.
    expect(screen.getByText('in 2 s', { exact: false })).toHaveAttribute('aria-hidden', 'true');
  });

  it('lets the customer retry at once while offline', async () => {
    const { onRetryNow } = renderBanner({
      status: 'offline',
      attempt: 1,
      authFailures: 0,
      retryInMs: 20_000,
      reason: 'x',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(onRetryNow).toHaveBeenCalled();
  });

  it('offers to start again when the session has expired', async () => {
    const { onStartOver } = renderBanner({
      status: 'error',
      reason: 'session expired',
      authFailures: 0,
      gaveUp: true,
    });
    expect(screen.getByRole('status')).toHaveTextContent('Your chat session has expired.');
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(onStartOver).toHaveBeenCalled();
  });
});
