import type { ParleyClientApi } from '@parley/client-sdk';
import { guestRequest, type PreChatValues } from '../lib/preChat.ts';

export interface StartChatInput {
  values: PreChatValues;
  department: string | undefined;
  /** The first message's id: reuse it when retrying a start that failed, so the server makes one chat. */
  clientMessageId: string;
}

/**
 * Start: a guest session first if there is none yet (name and email optional), then the conversation with
 * the first message. Returns the conversation id.
 */
export async function startChat(client: ParleyClientApi, input: StartChatInput): Promise<string> {
  if (!client.getState().session) {
    await client.loginAsGuest(guestRequest(input.values));
  }
  const conversation = await client.startConversation({
    text: input.values.message,
    clientMessageId: input.clientMessageId,
    ...(input.department ? { department: input.department } : {}),
  });
  return conversation.id;
}
