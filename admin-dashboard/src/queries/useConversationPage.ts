import type { ConversationFilter, ConversationPage } from '@parley/client-sdk';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useStaff } from '../parley.tsx';

/**
 * One page of GET /api/v1/conversations with the staff filters (supervisors and admins see all; agents the
 * ones assigned to them). The live conversations of the agent come from the SDK store; this serves the "All
 * conversations" page, the conversations in progress on supervision and a customer's past conversations.
 * The key starts with `conversations`, so whatever invalidates the listing refreshes these too.
 */
export function useConversationPage(
  filter: ConversationFilter,
  { pollMs = 30_000, enabled = true }: { pollMs?: number; enabled?: boolean } = {},
) {
  const staff = useStaff();
  return useQuery({
    queryKey: ['conversations', 'page', filter],
    queryFn: (): Promise<ConversationPage> => staff.conversations(filter),
    placeholderData: keepPreviousData,
    staleTime: Math.min(10_000, pollMs),
    refetchInterval: pollMs,
    refetchIntervalInBackground: false,
    enabled,
  });
}
