import { describe, expect, it } from 'vitest';
import { guestRequest, validatePreChat } from './preChat.ts';

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
