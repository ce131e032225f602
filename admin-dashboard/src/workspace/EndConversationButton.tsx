import { useState } from 'react';
import { describeError } from '../format.ts';
import { useEndConversation } from '../queries/useConversations.ts';

/** Ends the conversation after a confirmation step (two buttons, no modal to trap focus). */
export function EndConversationButton({ conversationId }: { conversationId: string }) {
  const end = useEndConversation();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="danger-outline" onClick={() => setConfirming(true)}>
        End conversation
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label="Confirm ending the conversation">
      <span>End it for the customer too?</span>
      <button
        type="button"
        className="danger"
        disabled={end.isPending}
        autoFocus
        onClick={() => end.mutate(conversationId, { onSuccess: () => setConfirming(false) })}
      >
        {end.isPending ? 'Ending…' : 'Yes, end'}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      {end.isError && (
        <span role="alert" className="error">
          Could not end: {describeError(end.error)}
        </span>
      )}
    </span>
  );
}
