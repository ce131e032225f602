import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EndChatButton } from './EndChatButton.tsx';

describe('EndChatButton', () => {
  it('asks before ending and ends on confirm', async () => {
    const onEnd = vi.fn(() => Promise.resolve());
    render(<EndChatButton onEnd={onEnd} describeError={String} />);
    await userEvent.click(screen.getByRole('button', { name: 'End chat' }));
    expect(screen.getByRole('alertdialog', { name: 'End this chat?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep chatting' })).toHaveFocus();
    expect(onEnd).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'End chat' }));
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('cancels on Escape and gives focus back', async () => {
    const onEnd = vi.fn(() => Promise.resolve());
    render(<EndChatButton onEnd={onEnd} describeError={String} />);
    await userEvent.click(screen.getByRole('button', { name: 'End chat' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'End chat' })).toHaveFocus();
    expect(onEnd).not.toHaveBeenCalled();
  });
});
