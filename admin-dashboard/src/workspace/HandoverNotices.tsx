export interface HandoverNotice {
  conversationId: string;
  text: string;
}

interface Props {
  notices: readonly HandoverNotice[];
  onDismiss: (conversationId: string) => void;
}

/** Why conversations left the agent's list (transferred, reassigned, requeued): announced, each dismissable. */
export function HandoverNotices({ notices, onDismiss }: Props) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={notices.length > 0 ? 'handover-notices' : 'visually-hidden'}
    >
      {notices.length > 0 && (
        <ul aria-label="Conversations no longer yours">
          {notices.map((n) => (
            <li key={n.conversationId}>
              <span>{n.text}</span>{' '}
              <button
                type="button"
                className="link"
                aria-label={`Dismiss: ${n.text}`}
                onClick={() => onDismiss(n.conversationId)}
              >
                Dismiss
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
