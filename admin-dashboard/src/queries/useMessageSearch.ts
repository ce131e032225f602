import type { MessageSearchPage, MessageSearchQuery } from '@parley/client-sdk';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useStaff } from '../parley.tsx';

/**
 * GET /api/v1/search/messages (analytics-service): what the caller may see, matching every word of `q`.
 * Nothing is asked while `q` is blank; the previous page stays shown while the next one loads.
 */
export function useMessageSearch(query: MessageSearchQuery) {
  const staff = useStaff();
  return useQuery({
    queryKey: ['search', 'messages', query],
    queryFn: (): Promise<MessageSearchPage> => staff.searchMessages(query),
    enabled: query.q.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
