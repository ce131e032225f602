import type { Conversation, ConversationView } from '@parley/client-sdk';

/**
 * Pure rules of the tab-title alert. N counts the agent's conversations that want attention: unread
 * messages, or a new assignment not yet acknowledged (by focusing the tab or opening it).
 */

export const BASE_TITLE = 'Parley';

/** `(N) Parley`, or just `Parley` when nothing waits. */
export function alertTitle(count: number, base = BASE_TITLE): string {
  return count > 0 ? `(${count}) ${base}` : base;
}

export function isMine(view: Pick<ConversationView, 'agentId'>, selfId: string | null): boolean {
  return selfId !== null && view.agentId === selfId;
}

/** How many of my not-ended conversations have unread messages or are unacknowledged new assignments. */
export function attentionCount(
  views: readonly ConversationView[],
  selfId: string | null,
  unreadOf: (view: ConversationView) => number,
  unacknowledged: ReadonlySet<string>,
): number {
  return views.filter(
    (v) => isMine(v, selfId) && v.status !== 'ENDED' && (unreadOf(v) > 0 || unacknowledged.has(v.id)),
  ).length;
}

/** Conversations already mine when the listing was first loaded: they never alert. */
export function baselineAssignments(listed: readonly Conversation[], selfId: string | null): Set<string> {
  return new Set(listed.filter((c) => isMine(c, selfId)).map((c) => c.id));
}

/** Active conversations assigned to me that are not in `known`: the new assignments to alert about. */
export function detectNewAssignments(
  known: ReadonlySet<string>,
  views: readonly ConversationView[],
  selfId: string | null,
): string[] {
  return views.filter((v) => v.status === 'ACTIVE' && isMine(v, selfId) && !known.has(v.id)).map((v) => v.id);
}
