import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QueueStatus } from './QueueStatus.tsx';

describe('QueueStatus', () => {
  it('gives the place in line in a polite live region and follows updates', () => {
    const { rerender } = render(
      <QueueStatus view={{ status: 'QUEUED', queuePosition: 3, agentName: null }} />,
    );
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('You are number 3 in line.');
    rerender(<QueueStatus view={{ status: 'QUEUED', queuePosition: 2, agentName: null }} />);
    expect(screen.getByRole('status')).toHaveTextContent('You are number 2 in line.');
  });

  it('names the agent once the chat is assigned', () => {
    render(<QueueStatus view={{ status: 'ACTIVE', queuePosition: null, agentName: 'Carol' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('You are chatting with Carol.');
  });
});
