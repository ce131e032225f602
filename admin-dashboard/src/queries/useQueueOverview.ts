import type { QueueOverview } from '@parley/client-sdk';
import { useQuery } from '@tanstack/react-query';
import { useParley } from '../parley.tsx';

/** The whole line and every agent's load: GET /api/v1/queue (SUPERVISOR, ADMIN), polled while shown. */
export const queueOverviewKey = ['queue', 'overview'] as const;

export const QUEUE_POLL_MS = 2500;

export function useQueueOverview(options: { enabled?: boolean } = {}) {
  const client = useParley();
  return useQuery({
    queryKey: queueOverviewKey,
    queryFn: (): Promise<QueueOverview> => client.api.queueOverview(),
    refetchInterval: QUEUE_POLL_MS,
    refetchIntervalInBackground: false,
    enabled: options.enabled ?? true,
  });
}
