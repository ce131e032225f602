import type { ConversationView } from '@parley/client-sdk';
import { conversationStatusText } from '../lib/conversationText.ts';

/** Place in line (updated live), then who the customer is chatting with; read out politely. */
export function QueueStatus({
  view,
}: {
  view: Pick<ConversationView, 'status' | 'queuePosition' | 'agentName'>;
}) {
  return (
    <p className={`queue-status queue-status-${view.status.toLowerCase()}`} role="status" aria-live="polite">
      {conversationStatusText(view)}
    </p>
  );
}
