import { describe, expect, it } from 'vitest';
import type { Topic } from '../embed/protocol.ts';
import { guestRequest, routingChoice, validatePreChat } from './preChat.ts';

const valid = { name: '', email: '', message: 'Where is my order?' };

describe('validatePreChat', () => {
  it('needs only the first message', () => {
    expect(validatePreChat(valid)).toEqual({});
  });

  it('refuses a blank first message', () => {
    expect(validatePreChat({ ...valid, message: '  \n ' })).toEqual({
      message: 'Write your question to start the chat.',
    });
  });

  it('refuses a message over 4000 characters, counting an emoji as one', () => {
    expect(validatePreChat({ ...valid, message: '😀'.repeat(4000) })).toEqual({});
    expect(validatePreChat({ ...valid, message: 'a'.repeat(4001) }).message).toContain(
      '1 characters too long',
    );
  });

  it('checks an email only when one is given', () => {
    expect(validatePreChat({ ...valid, email: 'ann@example.com' })).toEqual({});
    expect(validatePreChat({ ...valid, email: 'ann@' }).email).toContain('name@example.com');
  });

  it('keeps the name within auth-service limits', () => {
    expect(validatePreChat({ ...valid, name: 'x'.repeat(101) }).name).toBe('Use at most 100 characters.');
  });
});

describe('guestRequest', () => {
  it('sends only the fields filled in, trimmed', () => {
    expect(guestRequest({ name: ' Ann ', email: '', message: 'hi' })).toEqual({ name: 'Ann' });
    expect(guestRequest({ name: '', email: '', message: 'hi' })).toEqual({});
  });
});

describe('routingChoice', () => {
  const topics: Topic[] = [
    { label: 'Buying or pricing', department: 'sales', skills: [] },
    { label: 'Billing or invoices', department: 'support', skills: ['billing'] },
    { label: 'Anything in German', skills: ['german'] },
  ];

  it("sends the chosen topic's department and skills, and the urgency as the priority", () => {
    expect(routingChoice({ topic: '1', urgency: 'HIGH' }, topics, 'support')).toEqual({
      department: 'support',
      skills: ['billing'],
      priority: 'HIGH',
    });
    expect(routingChoice({ topic: '0', urgency: 'URGENT' }, topics, 'support')).toEqual({
      department: 'sales',
      priority: 'URGENT',
    });
  });

  it("keeps the widget's department without a topic, or for a topic that names none", () => {
    expect(routingChoice({ topic: '', urgency: 'NORMAL' }, topics, 'support')).toEqual({
      department: 'support',
    });
    expect(routingChoice({ topic: '2', urgency: 'NORMAL' }, topics, 'sales')).toEqual({
      department: 'sales',
      skills: ['german'],
    });
    expect(routingChoice({ topic: '', urgency: 'NORMAL' }, [], undefined)).toEqual({});
  });

  it('sends no priority for Normal', () => {
    expect(routingChoice({ topic: '', urgency: 'NORMAL' }, topics, undefined)).not.toHaveProperty('priority');
  });
});
