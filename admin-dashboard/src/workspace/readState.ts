import type { ConversationView } from '@parley/client-sdk';
import { useCallback } from 'react';
import { useStoredRecord } from '../storage.ts';

/**
 * Read positions (highest seq read per conversation) kept for the tab, so a reload does not show every old
 * customer message as unread again. The SDK counts unread from what it applied since the page loaded; where a
 * remembered position is further on, the count is taken from the timeline instead.
 */
export type ReadPositions = Readonly<Record<string, number>>;

export function unreadCount(view: ConversationView, selfId: string | null, remembered?: number): number {
  if (remembered === undefined || remembered <= view.readSeq) {
    return view.unread;
  }
  return view.timeline.filter((e) => e.type === 'MESSAGE' && e.senderId !== selfId && e.seq > remembered)
    .length;
}

/** The positions with every view's SDK read position folded in (same object when nothing moved on). */
export function rememberReads(positions: ReadPositions, views: readonly ConversationView[]): ReadPositions {
  let next: Record<string, number> | null = null;
  for (const view of views) {
    if (view.readSeq > (positions[view.id] ?? 0)) {
      next ??= { ...positions };
      next[view.id] = view.readSeq;
    }
  }
  return next ?? positions;
}

export function readKey(userId: string): string {
  return `parley.dashboard.read.${userId}`;
}

export function useReadPositions(
  userId: string,
): [ReadPositions, (views: readonly ConversationView[]) => void] {
  const [positions, update] = useStoredRecord<number>(readKey(userId));
  const remember = useCallback(
    (views: readonly ConversationView[]) => update((p) => rememberReads(p, views)),
    [update],
  );
  return [positions, remember];
}
