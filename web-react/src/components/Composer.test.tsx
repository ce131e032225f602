import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Composer } from './Composer.tsx';

function setup() {
  const onSend = vi.fn();
  render(<Composer onSend={onSend} />);
  return { onSend, box: screen.getByLabelText('Message'), user: userEvent.setup() };
}

describe('Composer', () => {
  it('sends on Enter and clears the box', async () => {
    const { onSend, box, user } = setup();
    await user.type(box, 'Hello{Enter}');
    expect(onSend).toHaveBeenCalledWith('Hello', []);
    expect(box).toHaveValue('');
  });

  it('starts a new line on Shift+Enter', async () => {
    const { onSend, box, user } = setup();
    await user.type(box, 'one{Shift>}{Enter}{/Shift}two');
    expect(onSend).not.toHaveBeenCalled();
    expect(box).toHaveValue('one\ntwo');
  });

  it('sends nothing blank', async () => {
    const { onSend, box, user } = setup();
    await user.type(box, '   {Enter}');
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Write a message first.');
  });

  it('counts characters and refuses more than 4000', async () => {
    const { onSend, box, user } = setup();
    expect(screen.getByText('0 / 4000 characters')).toBeInTheDocument();
    fireEvent.change(box, { target: { value: 'x'.repeat(4001) } });
    expect(screen.getByText('4001 / 4000 characters — too long')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    await user.type(box, '{Enter}');
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.change(box, { target: { value: 'x'.repeat(4000) } });
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
  });

  it('is labelled and described by its counter and keyboard help', () => {
    const { box } = setup();
    expect(box).toHaveAccessibleDescription(expect.stringContaining('0 / 4000 characters'));
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Shift+Enter'));
  });
});
