import type { AgentRoutingUpdate, RoutingAgent } from '@parley/client-sdk';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouting } from '../parley.tsx';
import { departmentsKey, queueAgentsKey } from './useQueueAgents.ts';
import { queueOverviewKey } from './useQueueOverview.ts';

/** PUT /api/v1/agents/{id} (ADMIN): an agent's departments and skills; the queue views are read again. */
export function useUpdateAgentRouting() {
  const routing = useRouting();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      agentId,
      update,
    }: {
      agentId: string;
      update: AgentRoutingUpdate;
    }): Promise<RoutingAgent> => routing.updateAgent(agentId, update),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queueOverviewKey });
      void queryClient.invalidateQueries({ queryKey: queueAgentsKey });
      void queryClient.invalidateQueries({ queryKey: departmentsKey });
    },
  });
}
