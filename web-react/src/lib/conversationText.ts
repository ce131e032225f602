import type { ConversationEvent, ConversationView, DisplayMessage } from '@parley/client-sdk';

export type StatusFacts = Pick<
  ConversationView,
  'status' | 'queuePosition' | 'agentName' | 'estimatedWaitSeconds'
>;

/** The line under the header: place in line with the expected wait, the agent's name, or that it ended. */
export function conversationStatusText(view: StatusFacts): string {
  switch (view.status) {
    case 'QUEUED':
      return view.queuePosition === null
        ? 'Waiting for an agent to join…'
        : waitingText(view.queuePosition, view.estimatedWaitSeconds);
    case 'ACTIVE':
      return `You are chatting with ${view.agentName ?? 'an agent'}.`;
    case 'ENDED':
      return 'This chat has ended.';
  }
}

/** "You are number 3 in line · about 4 min"; without an estimate (nobody who could take it is online) no time. */
function waitingText(position: number, estimatedWaitSeconds: number | null): string {
  const place = position === 1 ? 'You are next in line' : `You are number ${position} in line`;
  return estimatedWaitSeconds === null
    ? `${place}. We'll connect you as soon as someone is available.`
    : `${place} · ${waitPhrase(estimatedWaitSeconds)}`;
}

/** An estimate in words: under a minute, rounded minutes, about an hour, or over an hour. */
export function waitPhrase(seconds: number): string {
  if (seconds < 60) {
    return 'less than a minute';
  }
  if (seconds > 3600) {
    return 'over an hour';
  }
  const minutes = Math.round(seconds / 60);
  return minutes >= 60 ? 'about an hour' : `about ${minutes} min`;
}

/** What a customer's timeline shows: never a NOTE (staff only; the server and the SDK drop them already). */
export function shownToCustomer(message: Pick<DisplayMessage, 'type'>): boolean {
  return message.type !== 'NOTE';
}

/** The text of a system line (ASSIGNED, ENDED, TRANSFERRED, REQUEUED, REOPENED) in the message list. */
export function systemLineText(
  message: Pick<DisplayMessage, 'type' | 'senderId' | 'senderRole' | 'text' | 'agentName'>,
  selfId: string | null,
  agentName: string | null,
): string {
  switch (message.type) {
    case 'ASSIGNED':
      return `${message.agentName ?? agentName ?? 'An agent'} joined the chat.`;
    case 'TRANSFERRED':
      // The server writes the line ("Transferring you to Bob Chen" / "… to the sales team").
      return message.text ?? `Transferring you to ${message.agentName ?? 'another team'}.`;
    case 'REQUEUED':
      return message.text ?? 'Your agent is unavailable. You are first in line again.';
    case 'REOPENED':
      return message.senderId === selfId
        ? 'You reopened the chat. Waiting for an agent…'
        : 'The chat was reopened. Waiting for an agent…';
    default:
      if (message.senderId === selfId) {
        return 'You ended the chat.';
      }
      return message.senderRole === 'AGENT'
        ? `${agentName ?? 'The agent'} ended the chat.`
        : 'The chat has ended.';
  }
}

/** The name of each agent who joined, by id, so earlier messages keep their writer's name after a transfer. */
export function agentNames(timeline: readonly ConversationEvent[]): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const event of timeline) {
    if (event.type === 'ASSIGNED' && event.agentId !== null && event.agentName !== null) {
      names.set(event.agentId, event.agentName);
    }
  }
  return names;
}
