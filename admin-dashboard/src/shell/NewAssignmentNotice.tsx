import { Link } from 'react-router';
import { useAttention } from '../alerts/AttentionProvider.tsx';

/** A visible, announced notice of new assignments with a link to open the first one. */
export function NewAssignmentNotice() {
  const { notice, dismissNotice } = useAttention();
  const first = notice?.conversationIds[0];
  return (
    <div role="status" aria-live="polite" className={notice ? 'notice' : 'visually-hidden'}>
      {notice && first && (
        <>
          <span>
            {notice.conversationIds.length === 1
              ? 'A new conversation was assigned to you.'
              : `${notice.conversationIds.length} new conversations were assigned to you.`}
          </span>{' '}
          <Link to={`/c/${first}`} onClick={dismissNotice}>
            Open it
          </Link>{' '}
          <button type="button" onClick={dismissNotice}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
