import type { ParleyClientApi } from '@parley/client-sdk';
import { guestRequest, type PreChatText, type RoutingChoice } from '../lib/preChat.ts';

export interface StartChatInput {
  values: PreChatText;
  /** Department, skills and priority from the chosen topic, the widget's department and the urgency. */
  routing: RoutingChoice;
  /** The first message's id: reuse it when retrying a start that failed, so the server makes one chat. */
  clientMessageId: string;
  /** The page the customer is on (the host page when embedded), if known. */
  pageUrl: string | undefined;
  /** The browser's `navigator.userAgent`. */
  userAgent: string | undefined;
}

/** chat-service's limit for a conversation's user agent. */
const MAX_USER_AGENT_LENGTH = 500;

/**
 * Start: a guest session first if there is none yet (name and email optional), then the conversation with
 * the first message, where it should go (department, skills, priority) and what the agent's customer panel
 * shows (name, email, platform web, page, user agent).
 * Returns the conversation id.
 */
export async function startChat(client: ParleyClientApi, input: StartChatInput): Promise<string> {
  const guest = guestRequest(input.values);
  if (!client.getState().session) {
    await client.loginAsGuest(guest);
  }
  const userAgent = input.userAgent?.slice(0, MAX_USER_AGENT_LENGTH);
  const conversation = await client.startConversation({
    text: input.values.message,
    clientMessageId: input.clientMessageId,
    ...input.routing,
    ...(guest.name ? { customerName: guest.name } : {}),
    ...(guest.email ? { customerEmail: guest.email } : {}),
    platform: 'web',
    ...(input.pageUrl ? { pageUrl: input.pageUrl } : {}),
    ...(userAgent ? { userAgent } : {}),
  });
  return conversation.id;
}
