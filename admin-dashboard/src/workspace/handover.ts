import type { ConversationEvent, ConversationView } from '@parley/client-sdk';
import { shortId } from '../format.ts';

/**
 * Pure rules for a conversation leaving the agent: transferred (to an agent or a department), reassigned by a
 * supervisor, or requeued (no reply in time, or offline too long). The timeline says so (TRANSFERRED,
 * REQUEUED, or an ASSIGNED naming someone else); an agent's own transfer counts from the moment the server
 * accepted it, before those events arrive.
 */

export type HandoverKind = 'agent' | 'department' | 'reassigned' | 'requeued';

export interface Handover {
  conversationId: string;
  kind: HandoverKind;
  /** The agent's name or the department it went to (null when unknown). */
  to: string | null;
  /** The signed-in agent did it. */
  byMe: boolean;
  /** The seq of the event that took it away (the agent's own transfer: the last seq seen then). */
  seq: number;
}

const OWNERSHIP = new Set<string>(['ASSIGNED', 'TRANSFERRED', 'REQUEUED']);

function departmentOf(event: ConversationEvent): string | null {
  return event.department ?? null;
}

/** How the conversation left the agent, or null while it is theirs (or never was). */
export function takenAway(view: ConversationView, selfId: string): Handover | null {
  const events = view.timeline.filter((e) => OWNERSHIP.has(e.type));
  let lastMine = events.length - 1;
  while (lastMine >= 0 && !(events[lastMine]!.type === 'ASSIGNED' && events[lastMine]!.agentId === selfId)) {
    lastMine--;
  }
  if (lastMine < 0) {
    return null;
  }
  const after = events.slice(lastMine + 1);
  const transfer = after.find((e) => e.type === 'TRANSFERRED');
  const base = { conversationId: view.id, byMe: transfer?.senderId === selfId };
  if (transfer) {
    return transfer.agentId === null
      ? { ...base, kind: 'department', to: departmentOf(transfer), seq: transfer.seq }
      : { ...base, kind: 'agent', to: transfer.agentName, seq: transfer.seq };
  }
  const requeued = after.find((e) => e.type === 'REQUEUED');
  if (requeued) {
    return { ...base, kind: 'requeued', to: departmentOf(requeued), seq: requeued.seq };
  }
  const reassigned = after.find((e) => e.type === 'ASSIGNED' && e.agentId !== selfId);
  return reassigned ? { ...base, kind: 'reassigned', to: reassigned.agentName, seq: reassigned.seq } : null;
}

/**
 * The agent's own accepted transfers: conversation id → the handover as it was asked for. One stops counting
 * once the conversation is assigned to the agent again after it (transferred back, or the department's
 * rules picked them).
 */
export type LocalHandovers = Readonly<Record<string, Handover>>;

export function handoverOf(view: ConversationView, selfId: string, local: LocalHandovers): Handover | null {
  const fromTimeline = takenAway(view, selfId);
  if (fromTimeline) {
    return fromTimeline;
  }
  const asked = local[view.id];
  if (!asked) {
    return null;
  }
  const backToMe = view.timeline.some(
    (e) => e.seq > asked.seq && e.type === 'ASSIGNED' && e.agentId === selfId,
  );
  return backToMe ? null : asked;
}

/** Still the agent's: assigned to them and not taken away. */
export function holds(view: ConversationView, selfId: string, local: LocalHandovers): boolean {
  return view.agentId === selfId && handoverOf(view, selfId, local) === null;
}

/** The sentence of a notice, e.g. "Customer 1a2b3c4d: transferred to Bob Chen." */
export function handoverText(handover: Handover, customerId: string | null): string {
  const who = `Customer ${customerId ? shortId(customerId) : '…'}`;
  switch (handover.kind) {
    case 'agent':
      return handover.byMe
        ? `${who}: you transferred the conversation to ${handover.to ?? 'another agent'}.`
        : `${who}: the conversation was transferred to ${handover.to ?? 'another agent'}.`;
    case 'department': {
      const team = handover.to ? `the ${handover.to} team` : 'another team';
      return handover.byMe
        ? `${who}: you transferred the conversation to ${team}; it waits there for an agent.`
        : `${who}: the conversation was transferred to ${team}.`;
    }
    case 'reassigned':
      return `${who}: a supervisor reassigned the conversation to ${handover.to ?? 'another agent'}.`;
    case 'requeued':
      return `${who}: the conversation went back to the queue because you did not reply in time or were offline.`;
  }
}
