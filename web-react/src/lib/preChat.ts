import { messageProblem } from './text.ts';

export interface PreChatValues {
  name: string;
  email: string;
  message: string;
}

export type PreChatErrors = Partial<Record<keyof PreChatValues, string>>;

/** auth-service's limits for a guest (GuestRequest): name ≤ 100, email ≤ 254 and well-formed. */
export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Name and email are optional; the first message is required. Returns one message per bad field. */
export function validatePreChat(values: PreChatValues): PreChatErrors {
  const errors: PreChatErrors = {};
  const name = values.name.trim();
  const email = values.email.trim();
  if (name.length > MAX_NAME_LENGTH) {
    errors.name = `Use at most ${MAX_NAME_LENGTH} characters.`;
  }
  if (email.length > MAX_EMAIL_LENGTH) {
    errors.email = `Use at most ${MAX_EMAIL_LENGTH} characters.`;
  } else if (email !== '' && !EMAIL.test(email)) {
    errors.email = 'Enter an email address like name@example.com, or leave it empty.';
  }
  const message = messageProblem(values.message);
  if (message) {
    errors.message =
      message === 'Write a message first.' ? 'Write your question to start the chat.' : message;
  }
  return errors;
}

/** The guest request: only the fields the customer filled in. */
export function guestRequest(values: PreChatValues): { name?: string; email?: string } {
  const name = values.name.trim();
  const email = values.email.trim();
  return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
}
