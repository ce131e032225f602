import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PreChatForm } from './PreChatForm.tsx';

function setup(signedIn = false, onStart = vi.fn(() => Promise.resolve())) {
  render(<PreChatForm signedIn={signedIn} onStart={onStart} describeError={(e) => `failed: ${String(e)}`} />);
  return { onStart, user: userEvent.setup() };
}

describe('PreChatForm', () => {
  it('starts with only the first message: name and email are optional', async () => {
    const { onStart, user } = setup();
    await user.type(screen.getByLabelText('How can we help?'), 'Where is my order?');
    await user.click(screen.getByRole('button', { name: 'Start chat' }));
    expect(onStart).toHaveBeenCalledWith({ name: '', email: '', message: 'Where is my order?' });
  });

  it('says what is missing, marks the field invalid and focuses it', async () => {
    const { onStart, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Start chat' }));
    const message = screen.getByLabelText('How can we help?');
    expect(onStart).not.toHaveBeenCalled();
    expect(message).toHaveAttribute('aria-invalid', 'true');
    expect(message).toHaveAccessibleDescription(
      expect.stringContaining('Write your question to start the chat.'),
    );
    expect(message).toHaveFocus();
  });

  it('refuses a malformed email and focuses it first', async () => {
    const { onStart, user } = setup();
    await user.type(screen.getByLabelText('Email (optional)'), 'ann@');
    await user.type(screen.getByLabelText('How can we help?'), 'Hi');
    await user.click(screen.getByRole('button', { name: 'Start chat' }));
    expect(onStart).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Email (optional)')).toHaveFocus();
    expect(screen.getByText(/name@example.com/)).toBeInTheDocument();
  });

  it('counts the characters of the first message', async () => {
    const { user } = setup();
    await user.type(screen.getByLabelText('How can we help?'), 'Hello');
    expect(screen.getByText('5 / 4000 characters')).toBeInTheDocument();
  });

  it('asks a returning guest only for the message', () => {
    setup(true);
    expect(screen.queryByLabelText('Name (optional)')).toBeNull();
    expect(screen.queryByLabelText('Email (optional)')).toBeNull();
    expect(screen.getByLabelText('How can we help?')).toBeInTheDocument();
  });

  it('shows why a start failed and keeps what was typed', async () => {
    const onStart = vi.fn(() => Promise.reject(new Error('offline')));
    const { user } = setup(false, onStart);
    await user.type(screen.getByLabelText('How can we help?'), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Start chat' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('failed: Error: offline');
    expect(screen.getByLabelText('How can we help?')).toHaveValue('Hello');
    expect(screen.getByRole('button', { name: 'Start chat' })).toBeEnabled();
  });
});
