import type { AgentPresence } from '@parley/client-sdk';
import { useQuery } from '@tanstack/react-query';
import { useStaff } from '../parley.tsx';

/**
 * Connection presence of every agent: GET /api/v1/presence/agents (chat-service), polled while shown. The
 * status an agent chose comes from queue-service; this only says whether a device of theirs is connected.
 */
export const presenceKey = ['presence', 'agents'] as const;

export const PRESENCE_POLL_MS = 5000;

export function usePresence() {
  const staff = useStaff();
  return useQuery({
    queryKey: presenceKey,
    queryFn: async (): Promise<ReadonlyMap<string, AgentPresence>> =>
      new Map((await staff.agentPresence()).map((p) => [p.agentId, p])),
    refetchInterval: PRESENCE_POLL_MS,
    refetchIntervalInBackground: false,
  });
}
