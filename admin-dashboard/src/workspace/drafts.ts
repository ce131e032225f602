import { useCallback } from 'react';
import { useStoredRecord } from '../storage.ts';

/** Unsent text per conversation: kept while the agent switches between conversations and across reloads. */
export type Drafts = Readonly<Record<string, string>>;

/** The drafts with `text` for `conversationId`; an empty text removes the entry. */
export function withDraft(drafts: Drafts, conversationId: string, text: string): Drafts {
  if ((drafts[conversationId] ?? '') === text) {
    return drafts;
  }
  const next = { ...drafts };
  if (text === '') {
    delete next[conversationId];
  } else {
    next[conversationId] = text;
  }
  return next;
}

export function draftsKey(userId: string): string {
  return `parley.dashboard.drafts.${userId}`;
}

export function useDrafts(userId: string): [Drafts, (conversationId: string, text: string) => void] {
  const [drafts, update] = useStoredRecord<string>(draftsKey(userId));
  const setDraft = useCallback(
    (conversationId: string, text: string) => update((d) => withDraft(d, conversationId, text)),
    [update],
  );
  return [drafts, setDraft];
}
