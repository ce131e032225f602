import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Topic } from '../embed/protocol.ts';
import { PreChatForm } from './PreChatForm.tsx';

const TOPICS: Topic[] = [
  { label: 'Buying or pricing', department: 'sales', skills: [] },
  { label: 'Billing or invoices', department: 'support', skills: ['billing'] },
];

function setup(signedIn = false, onStart = vi.fn(() => Promise.resolve()), topics: Topic[] = []) {
  render(
    <PreChatForm
      signedIn={signedIn}
      topics={topics}
      onStart={onStart}
      describeError={(e) => `failed: ${String(e)}`}
    />,
  );
  return { onStart, user: userEvent.setup() };
}

describe('PreChatForm', () => {
  it('starts with only the first message: name and email are optional', async () => {
    const { onStart, user } = setup();
    await user.type(screen.getByLabelText('How can we help?'), 'Where is my order?');
    await user.click(screen.getByRole('button', { name: 'Start chat' }));
    expect(onStart).toHaveBeenCalledWith({
      name: '',
      email: '',
      message: 'Where is my order?',
      topic: '',
      urgency: 'NORMAL',
    });
  });

  it('asks no topic when the widget has none', () => {
    setup();
    expect(screen.queryByLabelText('What is it about? (optional)')).toBeNull();
  });

  it('offers the configured topics, none chosen at first, and passes the one chosen', async () => {
    const { onStart, user } = setup(false, undefined, TOPICS);
    const topic = screen.getByRole('combobox', { name: 'What is it about? (optional)' });
    expect(topic).toHaveDisplayValue('Something else');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Something else',
      'Buying or pricing',
      'Billing or invoices',
    ]);
    await user.selectOptions(topic, 'Billing or invoices');
    await user.type(screen.getByLabelText('How can we help?'), 'I was charged twice');
    await user.click(screen.getByRole('button', { name: 'Start chat' }));
    expect(onStart).toHaveBeenCalledWith(expect.objectContaining({ topic: '1', urgency: 'NORMAL' }));
  });

  it('asks how urgent it is with labelled radio buttons, Normal first, chosen by keyboard', async () => {
    const { onStart, user } = setup();
    const group = screen.getByRole('group', { name: 'How urgent is it?' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['NORMAL', 'HIGH', 'URGENT']);
    expect(within(group).getByRole('radio', { name: 'Normal' })).toBeChecked();
    await user.type(screen.getByLabelText('How can we help?'), 'The shop is down');
    await user.tab();
    expect(within(group).getByRole('radio', { name: 'Normal' })).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(within(group).getByRole('radio', { name: 'Urgent' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Start chat' }));
    expect(onStart).toHaveBeenCalledWith(expect.objectContaining({ urgency: 'URGENT' }));
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
