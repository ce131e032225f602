import { conversationStatusText, type StatusFacts } from '../lib/conversationText.ts';

/** Place in line and expected wait (updated live), then who the customer is chatting with; read out politely. */
export function QueueStatus({ view }: { view: StatusFacts }) {
  return (
    <p className={`queue-status queue-status-${view.status.toLowerCase()}`} role="status" aria-live="polite">
      {conversationStatusText(view)}
    </p>
  );
}
