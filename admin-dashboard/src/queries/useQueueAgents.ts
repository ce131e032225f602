import type { LiveQueueAgent } from '@parley/client-sdk';
import { useQuery } from '@tanstack/react-query';
import { useParley, useRouting } from '../parley.tsx';

/**
 * Transfer targets: GET /api/v1/queue/agents (status, load, departments, skills), fresh on every open and
 * polled while a choice is shown (`poll: false` where only the names are needed).
 */
export const queueAgentsKey = ['queue', 'agents'] as const;

export function useQueueAgents({ poll = true }: { poll?: boolean } = {}) {
  const routing = useRouting();
  return useQuery({
    queryKey: queueAgentsKey,
    queryFn: (): Promise<LiveQueueAgent[]> => routing.queueAgents(),
    staleTime: poll ? 0 : 60_000,
    refetchInterval: poll ? 5000 : false,
  });
}

/** Every department agents work in: GET /api/v1/departments (sorted). */
export const departmentsKey = ['departments'] as const;

export function useDepartments() {
  const client = useParley();
  return useQuery({
    queryKey: departmentsKey,
    queryFn: (): Promise<string[]> => client.api.departments(),
    staleTime: 60_000,
  });
}
