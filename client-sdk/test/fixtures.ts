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

export const BOB = '00000000-0000-0000-0000-00000000b002';

/** Carol hands the conversation to Bob (an ASSIGNED naming Bob follows) or to a department (it waits there). */
export function transferred(seq: number, to: { agent: 'Bob' } | { department: string }): ConversationEvent {
  const toAgent = 'agent' in to;
  return {
    conversationId: CONV,
    seq,
    type: 'TRANSFERRED',
    id: `e${seq}`,
    senderId: AGENT,
    senderRole: 'AGENT',
    text: toAgent ? 'Transferring you to Bob Chen' : `Transferring you to the ${to.department} team`,
    clientMessageId: null,
    agentId: toAgent ? BOB : null,
    agentName: toAgent ? 'Bob Chen' : null,
    at: at(seq),
    department: toAgent ? null : to.department,
  };
}

/** The staff-only note of a transfer. */
export function note(seq: number, text = 'VIP, asked about a refund twice'): ConversationEvent {
  return {
    conversationId: CONV,
    seq,
    type: 'NOTE',
    id: `e${seq}`,
    senderId: AGENT,
    senderRole: 'AGENT',
    text,
    clientMessageId: null,
    agentId: null,
    agentName: null,
    at: at(seq),
    department: null,
  };
}

/** The agent did not answer in time (or went offline): back to the front of the line. */
export function requeued(seq: number, department = 'support'): ConversationEvent {
  return {
    conversationId: CONV,
    seq,
    type: 'REQUEUED',
    id: `e${seq}`,
    senderId: 'system',
    senderRole: 'SYSTEM',
    text: 'Your agent is unavailable. You are first in line again.',
    clientMessageId: null,
    agentId: null,
    agentName: null,
    at: at(seq),
    department,
  };
}

/** ASSIGNED naming another agent than Carol. */
export function assignedTo(seq: number, agentId: string, agentName: string): ConversationEvent {
  return { ...assigned(seq), agentId, agentName, text: `${agentName} joined` };
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
  const last = [...events]
    .reverse()
    .find((e) => e.type === 'ASSIGNED' || e.type === 'REQUEUED' || (e.type === 'TRANSFERRED' && !e.agentId));
  const assignment = last?.type === 'ASSIGNED' ? last : undefined;
  const lane = [...events].reverse().find((e) => e.department)?.department;
  const end = events.find((e) => e.type === 'ENDED');
  return {
    id,
    customerId: CUSTOMER,
    agentId: assignment?.agentId ?? null,
    agentName: assignment?.agentName ?? null,
    department: lane ?? 'support',
    status: end ? 'ENDED' : assignment ? 'ACTIVE' : 'QUEUED',
    lastSeq: events.at(-1)?.seq ?? 0,
    createdAt: at(1),
    assignedAt: assignment?.at ?? null,
    endedAt: end?.at ?? null,
  };
}
