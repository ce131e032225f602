import type { Conversation } from '@parley/client-sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParley } from '../parley.tsx';

/**
 * GET /api/v1/conversations: what the caller may see (agent: assigned to them; supervisor/admin: all).
 * The live view of the agent's own conversations comes from the SDK store; this listing serves the customer
 * panel (past conversations), the baseline for new-assignment alerts, and the supervision page's conversations
 * in progress (polled there).
 */
export const conversationsKey = ['conversations'] as const;

export function useConversations({ pollMs }: { pollMs?: number } = {}) {
  const client = useParley();
  return useQuery({
    queryKey: conversationsKey,
    queryFn: (): Promise<Conversation[]> => client.api.listConversations(),
    staleTime: 10_000,
    refetchInterval: pollMs ?? false,
    refetchIntervalInBackground: false,
  });
}

/** The customer's other conversations the caller may see, newest first. */
export function pastConversationsOf(
  conversations: readonly Conversation[],
  customerId: string,
  exceptId: string,
): Conversation[] {
  return conversations
    .filter((c) => c.customerId === customerId && c.id !== exceptId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** POST /api/v1/conversations/{id}/end (idempotent); the SDK store takes the answer. */
export function useEndConversation() {
  const client = useParley();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (conversationId: string) => client.end(conversationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conversationsKey }),
  });
}
