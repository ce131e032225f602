import type { LiveQueueEntry, QueueConversationDetails } from '@parley/client-sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouting } from '../parley.tsx';

/**
 * Manual mode: the waiting conversations of MANUAL departments the agent could take now
 * (GET /api/v1/queue/available, in line order), polled every few seconds while the workspace is open.
 */
export const availableChatsKey = ['queue', 'available'] as const;

export const AVAILABLE_POLL_MS = 3000;

export function useAvailableChats() {
  const routing = useRouting();
  return useQuery({
    queryKey: availableChatsKey,
    queryFn: (): Promise<LiveQueueEntry[]> => routing.availableChats(),
    refetchInterval: AVAILABLE_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

/** POST /api/v1/queue/conversations/{id}/take; a 409 says why not (not waiting, at capacity, …). */
export function useTakeChat() {
  const routing = useRouting();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (conversationId: string): Promise<QueueConversationDetails> => routing.take(conversationId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: availableChatsKey }),
  });
}
