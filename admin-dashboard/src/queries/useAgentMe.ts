import type { Agent, AgentStatus } from '@parley/client-sdk';
import { isApiError } from '@parley/client-sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParley } from '../parley.tsx';
import { queueOverviewKey } from './useQueueOverview.ts';

/** The signed-in agent's profile: GET /api/v1/agents/me (404: the user has no agent profile). */
export const agentMeKey = ['agents', 'me'] as const;

export function useAgentMe() {
  const client = useParley();
  return useQuery({
    queryKey: agentMeKey,
    queryFn: (): Promise<Agent> => client.loadAgent(),
    retry: (failures, error) => !(isApiError(error) && error.status < 500) && failures < 2,
  });
}

export interface StatusChange {
  status: AgentStatus;
  /** Omitted: keep the current capacity. */
  capacity?: number;
}

/** PUT /api/v1/agents/me/status; the answer replaces the cached profile. */
export function useSetAgentStatus() {
  const client = useParley();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ status, capacity }: StatusChange) => client.setStatus(status, capacity),
    onSuccess: (agent) => {
      queryClient.setQueryData(agentMeKey, agent);
      void queryClient.invalidateQueries({ queryKey: queueOverviewKey });
    },
  });
}
