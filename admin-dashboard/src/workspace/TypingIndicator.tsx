import { sideOf, type ConversationView } from '@parley/client-sdk';

/**
 * "Customer is typing…" while the SDK holds a typing signal of someone else in the conversation (it hides it
 * after the signal's expiry, on `typing: false` and on their message). A polite status, so it is announced.
 */
export function TypingIndicator({ view }: { view: ConversationView }) {
  const typing = view.typing[0];
  const text = !typing
    ? ''
    : sideOf(typing.role) === 'CUSTOMER'
      ? 'Customer is typing…'
      : `${typing.userId === view.agentId && view.agentName ? view.agentName : 'An agent'} is typing…`;
  return (
    <p className="typing muted small" role="status">
      {text}
    </p>
  );
}
