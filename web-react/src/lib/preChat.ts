import type { ConversationPriority } from '@parley/client-sdk';
import type { Topic } from '../embed/protocol.ts';
import { messageProblem } from './text.ts';

/** The customer's urgency: Normal sends no priority (the line treats it as MEDIUM). */
export type Urgency = 'NORMAL' | 'HIGH' | 'URGENT';

export const URGENCIES: ReadonlyArray<{ value: Urgency; label: string }> = [
  { value: 'NORMAL', label: 'Normal' },
  { value: 'HIGH', label: 'High' },
  { value: 'URGENT', label: 'Urgent' },
];

export interface PreChatValues {
  name: string;
  email: string;
  message: string;
  /** The index of the chosen topic in the widget's topics, '' for none. */
  topic: string;
  urgency: Urgency;
}

/** What the customer writes (validated); the rest are choices. */
export type PreChatText = Pick<PreChatValues, 'name' | 'email' | 'message'>;

export const EMPTY_PRE_CHAT: PreChatValues = {
  name: '',
  email: '',
  message: '',
  topic: '',
  urgency: 'NORMAL',
};

export type PreChatErrors = Partial<Record<'name' | 'email' | 'message', string>>;

/** auth-service's limits for a guest (GuestRequest): name ≤ 100, email ≤ 254 and well-formed. */
export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Name and email are optional; the first message is required. Returns one message per bad field. */
export function validatePreChat(values: PreChatText): PreChatErrors {
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

/** Where the chat goes: the chosen topic's department and skills (else the widget's department), and the urgency. */
export interface RoutingChoice {
  department?: string;
  skills?: string[];
  priority?: ConversationPriority;
}

export function routingChoice(
  values: Pick<PreChatValues, 'topic' | 'urgency'>,
  topics: readonly Topic[],
  widgetDepartment: string | undefined,
): RoutingChoice {
  const topic = values.topic === '' ? undefined : topics[Number(values.topic)];
  const department = topic?.department ?? widgetDepartment;
  return {
    ...(department ? { department } : {}),
    ...(topic && topic.skills.length > 0 ? { skills: topic.skills } : {}),
    ...(values.urgency === 'NORMAL' ? {} : { priority: values.urgency }),
  };
}

/** The guest request: only the fields the customer filled in. */
export function guestRequest(values: PreChatText): { name?: string; email?: string } {
  const name = values.name.trim();
  const email = values.email.trim();
  return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
}
