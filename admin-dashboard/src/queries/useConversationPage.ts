import type { ConversationFilter, ConversationPage } from '@parley/client-sdk';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useStaff } from '../parley.tsx';

/**
 * One page of GET /api/v1/conversations with the staff filters (supervisors and admins see all). The live
 * conversations of the agent come from the SDK store; this is the archive view. Refreshed while shown.
 */
export function useConversationPage(filter: ConversationFilter) {
  const staff = useStaff();
  return useQuery({
    queryKey: ['conversations', 'page', filter],
    queryFn: (): Promise<ConversationPage> => staff.conversations(filter),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    refetchInterval: 30_000,
    refetchIntervalInBackground: false,
  });
}
