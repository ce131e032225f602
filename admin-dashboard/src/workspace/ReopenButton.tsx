import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../format.ts';
import { useParley } from '../parley.tsx';
import { conversationsKey } from '../queries/useConversations.ts';

/**
 * Reopens an ended conversation (POST …/reopen): it waits in line again and the routing rules assign it.
 * The server refuses one that is not ended (409); its reason is shown.
 */
export function ReopenButton({ conversationId }: { conversationId: string }) {
  const client = useParley();
  const queryClient = useQueryClient();
  const reopen = useMutation({
    mutationFn: () => client.reopen(conversationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conversationsKey }),
  });
  return (
    <>
      <button type="button" disabled={reopen.isPending} onClick={() => reopen.mutate()}>
        {reopen.isPending ? 'Reopening…' : 'Reopen conversation'}
      </button>
      {reopen.isError && (
        <span role="alert" className="error small">
          Could not reopen: {describeError(reopen.error)}
        </span>
      )}
    </>
  );
}
