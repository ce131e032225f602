import type { CustomerProfile } from '@parley/client-sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouting } from '../parley.tsx';
import { queueOverviewKey } from './useQueueOverview.ts';

/** A customer's VIP flag and attributes kept by user-service: GET /api/v1/customers/{customerId}. */
export const customerKey = (customerId: string) => ['customers', customerId] as const;

export function useCustomer(customerId: string | null) {
  const routing = useRouting();
  return useQuery({
    queryKey: customerKey(customerId ?? ''),
    queryFn: (): Promise<CustomerProfile> => routing.customer(customerId!),
    enabled: customerId !== null,
    staleTime: 30_000,
  });
}

/** PUT /api/v1/customers/{customerId} (SUPERVISOR, ADMIN); the attributes are sent back unchanged. */
export function useSetVip() {
  const routing = useRouting();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ profile, vip }: { profile: CustomerProfile; vip: boolean }) =>
      routing.updateCustomer(profile.customerId, { vip, attributes: profile.attributes }),
    onSuccess: (profile, { profile: before, vip }) => {
      queryClient.setQueryData(customerKey(before.customerId), profile ?? { ...before, vip });
      void queryClient.invalidateQueries({ queryKey: queueOverviewKey });
    },
  });
}
