import type { ConversationView } from '@parley/client-sdk';
import { Link } from 'react-router';
import { isMine } from '../alerts/titleAlert.ts';
import { shortId } from '../format.ts';
import { Composer } from './Composer.tsx';
import { EndConversationButton } from './EndConversationButton.tsx';
import { MessageList } from './MessageList.tsx';

interface Props {
  view: ConversationView;
  selfId: string;
  draft: string;
  onDraft: (text: string) => void;
}

/** One conversation: header with the end button, the timeline, and the composer (own, open ones only). */
export function ConversationPane({ view, selfId, draft, onDraft }: Props) {
  const mine = isMine(view, selfId);
  return (
    <>
      <div className="pane-header">
        <Link to="/" className="back-link">
          ← All conversations
        </Link>
        <h2 id="conversation-heading">
          Customer {view.customerId ? shortId(view.customerId) : '…'}{' '}
          <span className={`status-pill status-${view.status.toLowerCase()}`}>
            {view.status.toLowerCase()}
          </span>
        </h2>
        {mine && view.status !== 'ENDED' && <EndConversationButton conversationId={view.id} />}
      </div>
      <MessageList view={view} selfId={selfId} />
      {view.status === 'ENDED' ? (
        <p className="muted ended-note">This conversation has ended.</p>
      ) : mine ? (
        <Composer conversationId={view.id} draft={draft} onDraft={onDraft} />
      ) : (
        <p className="muted ended-note">
          Read only: this conversation is{' '}
          {view.agentName ? `assigned to ${view.agentName}` : 'not assigned to you'}.
        </p>
      )}
    </>
  );
}
