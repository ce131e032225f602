import type {
  AssignmentDecision,
  QueueConversationDetails,
  RoutingPriority,
  TransferTarget,
} from '@parley/client-sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouting } from '../parley.tsx';
import { availableChatsKey } from './useAvailableChats.ts';
import { queueAgentsKey } from './useQueueAgents.ts';
import { queueOverviewKey } from './useQueueOverview.ts';

/**
 * One conversation as queue-service sees it (GET /api/v1/queue/conversations/{id}: status, priority,
 * department) and what staff do to it: priority, transfer, assign, and its assignment decisions.
 */
export const queueConversationKey = (conversationId: string) =>
  ['queue', 'conversation', conversationId] as const;

export function useQueueConversation(conversationId: string, options: { enabled?: boolean } = {}) {
  const routing = useRouting();
  return useQuery({
    queryKey: queueConversationKey(conversationId),
    queryFn: (): Promise<QueueConversationDetails> => routing.queueConversation(conversationId),
    enabled: options.enabled ?? true,
    staleTime: 5000,
  });
}

/** PUT …/priority; the answer replaces the cached view and the live queue is read again. */
export function useSetPriority() {
  const routing = useRouting();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ conversationId, priority }: { conversationId: string; priority: RoutingPriority }) =>
      routing.setPriority(conversationId, priority),
    onSuccess: (details, { conversationId }) => {
      if (details) {
        queryClient.setQueryData(queueConversationKey(conversationId), details);
      }
      void queryClient.invalidateQueries({ queryKey: queueOverviewKey });
      void queryClient.invalidateQueries({ queryKey: availableChatsKey });
    },
  });
}

/** POST …/transfer to an agent or a department, with an optional staff-only note. */
export function useTransfer() {
  const routing = useRouting();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ conversationId, target }: { conversationId: string; target: TransferTarget }) =>
      routing.transfer(conversationId, target),
    onSuccess: (_result, { conversationId }) => {
      void queryClient.invalidateQueries({ queryKey: queueConversationKey(conversationId) });
      void queryClient.invalidateQueries({ queryKey: queueAgentsKey });
      void queryClient.invalidateQueries({ queryKey: queueOverviewKey });
    },
  });
}

/** POST …/assign (SUPERVISOR, ADMIN): a waiting one to that agent, or an assigned one moved to them. */
export function useAssign() {
  const routing = useRouting();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ conversationId, agentId }: { conversationId: string; agentId: string }) =>
      routing.assign(conversationId, agentId),
    onSuccess: (_result, { conversationId }) => {
      void queryClient.invalidateQueries({ queryKey: queueOverviewKey });
      void queryClient.invalidateQueries({ queryKey: assignmentsKey(conversationId) });
    },
  });
}

/** GET …/assignments (SUPERVISOR, ADMIN): every decision with its candidates, oldest first. */
export const assignmentsKey = (conversationId: string) => ['queue', 'assignments', conversationId] as const;

export function useAssignments(conversationId: string) {
  const routing = useRouting();
  return useQuery({
    queryKey: assignmentsKey(conversationId),
    queryFn: (): Promise<AssignmentDecision[]> => routing.assignments(conversationId),
  });
}
