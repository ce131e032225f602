import type { LiveQueue } from '@parley/client-sdk';
import { useQuery } from '@tanstack/react-query';
import { useRouting } from '../parley.tsx';

/**
 * The whole line and every agent's load: GET /api/v1/queue (SUPERVISOR, ADMIN), polled while shown.
 * Polling every 2 s is enough for a supervisor's screen (the queue has no live topic); mutations on the page
 * (assign, priority, agents' skills) invalidate it at once.
 */
export const queueOverviewKey = ['queue', 'overview'] as const;

export const QUEUE_POLL_MS = 2000;

export function useQueueOverview(options: { enabled?: boolean } = {}) {
  const routing = useRouting();
  return useQuery({
    queryKey: queueOverviewKey,
    queryFn: (): Promise<LiveQueue> => routing.liveQueue(),
    refetchInterval: QUEUE_POLL_MS,
    refetchIntervalInBackground: false,
    enabled: options.enabled ?? true,
  });
}
