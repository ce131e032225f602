import type { ConversationView } from '@parley/client-sdk';

/**
 * The conversation to show: the stored one, else the newest one still open (the stored id can be missing,
 * e.g. in a fresh storage partition), else none (the pre-chat form).
 */
export function pickConversation(
  storedId: string | null,
  conversations: Readonly<Record<string, ConversationView>>,
): string | null {
  if (storedId) {
    return storedId;
  }
  const open = Object.values(conversations)
    .filter((view) => view.status !== 'ENDED')
    .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
  return open[0]?.id ?? null;
}
