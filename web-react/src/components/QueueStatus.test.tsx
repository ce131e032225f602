import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QueueStatus } from './QueueStatus.tsx';

const waiting = (queuePosition: number, estimatedWaitSeconds: number | null) => ({
  status: 'QUEUED' as const,
  queuePosition,
  agentName: null,
  estimatedWaitSeconds,
});

describe('QueueStatus', () => {
  it('gives the place in line and the wait in a polite live region and follows updates', () => {
    const { rerender } = render(<QueueStatus view={waiting(3, 500)} />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('You are number 3 in line · about 8 min');
    rerender(<QueueStatus view={waiting(2, 30)} />);
    expect(screen.getByRole('status')).toHaveTextContent('You are number 2 in line · less than a minute');
    rerender(<QueueStatus view={waiting(2, 4000)} />);
    expect(screen.getByRole('status')).toHaveTextContent('You are number 2 in line · over an hour');
  });

  it('promises no time while nobody who could take the chat is online', () => {
    render(<QueueStatus view={waiting(2, null)} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      "You are number 2 in line. We'll connect you as soon as someone is available.",
    );
  });

  it('names the agent once the chat is assigned', () => {
    render(
      <QueueStatus
        view={{ status: 'ACTIVE', queuePosition: null, agentName: 'Carol', estimatedWaitSeconds: null }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('You are chatting with Carol.');
  });
});
