import type { ConversationView, DisplayMessage } from '@parley/client-sdk';

/** The line under the header: place in line, the agent's name, or that it ended. */
export function conversationStatusText(
  view: Pick<ConversationView, 'status' | 'queuePosition' | 'agentName'>,
): string {
  switch (view.status) {
    case 'QUEUED':
      return view.queuePosition === null
        ? 'Waiting for an agent to join…'
        : view.queuePosition === 1
          ? 'You are next in line (number 1).'
          : `You are number ${view.queuePosition} in line.`;
    case 'ACTIVE':
      return `You are chatting with ${view.agentName ?? 'an agent'}.`;
    case 'ENDED':
      return 'This chat has ended.';
  }
}

/** The text of a system line (ASSIGNED, ENDED) in the message list. */
export function systemLineText(
  message: Pick<DisplayMessage, 'type' | 'senderId' | 'senderRole'>,
  selfId: string | null,
  agentName: string | null,
): string {
  const agent = agentName ?? 'The agent';
  if (message.type === 'ASSIGNED') {
    return `${agent} joined the chat.`;
  }
  if (message.senderId === selfId) {
    return 'You ended the chat.';
  }
  return message.senderRole === 'AGENT' ? `${agent} ended the chat.` : 'The chat has ended.';
}
