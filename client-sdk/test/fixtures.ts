import type { Conversation, ConversationEvent } from '../src/contract.ts';

export const CONV = '11111111-1111-4111-8111-111111111111';
export const CUSTOMER = '22222222-2222-4222-8222-222222222222';
export const AGENT = '00000000-0000-0000-0000-00000000b003';

export function at(seq: number): string {
  return new Date(Date.UTC(2026, 10, 25, 12, 0, seq)).toISOString();
}

export function message(
  seq: number,
  from: 'customer' | 'agent' = 'customer',
  conversationId = CONV,
): ConversationEvent {
  return {
    conversationId,
    seq,
    type: 'MESSAGE',
    id: `m${seq}`,
    senderId: from === 'customer' ? CUSTOMER : AGENT,
    senderRole: from === 'customer' ? 'CUSTOMER' : 'AGENT',
    text: `text ${seq}`,
    clientMessageId: `c${seq}`,
    agentId: null,
    agentName: null,
    at: at(seq),
  };
}

export function assigned(seq: number, conversationId = CONV): ConversationEvent {
  return {
    conversationId,
    seq,
    type: 'ASSIGNED',
    id: `e${seq}`,
    senderId: 'system',
    senderRole: 'SYSTEM',
    text: 'Carol joined',
    clientMessageId: null,
    agentId: AGENT,
    agentName: 'Carol',
    at: at(seq),
  };
}

export function ended(seq: number, conversationId = CONV): ConversationEvent {
  return {
    conversationId,
    seq,
    type: 'ENDED',
    id: `e${seq}`,
    senderId: CUSTOMER,
    senderRole: 'CUSTOMER',
    text: 'conversation ended',
    clientMessageId: null,
    agentId: AGENT,
    agentName: 'Carol',
    at: at(seq),
  };
}

/** What the server's GET /conversations/{id} says after these events. */
export function conversationAfter(events: readonly ConversationEvent[], id = CONV): Conversation {
  const assignment = [...events].reverse().find((e) => e.type === 'ASSIGNED');
  const end = events.find((e) => e.type === 'ENDED');
  return {
    id,
    customerId: CUSTOMER,
    agentId: assignment?.agentId ?? null,
    agentName: assignment?.agentName ?? null,
    department: 'support',
    status: end ? 'ENDED' : assignment ? 'ACTIVE' : 'QUEUED',
    lastSeq: events.at(-1)?.seq ?? 0,
    createdAt: at(1),
    assignedAt: assignment?.at ?? null,
    endedAt: end?.at ?? null,
  };
}
