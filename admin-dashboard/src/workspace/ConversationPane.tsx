import type { ConversationView } from '@parley/client-sdk';
import { useState } from 'react';
import { Link } from 'react-router';
import { shortId } from '../format.ts';
import { useQueueConversation } from '../queries/useQueueConversation.ts';
import { Composer } from './Composer.tsx';
import { EndConversationButton } from './EndConversationButton.tsx';
import { handoverText, type Handover } from './handover.ts';
import { MessageList } from './MessageList.tsx';
import { PriorityControl } from './PriorityControl.tsx';
import { ReopenButton } from './ReopenButton.tsx';
import { TransferDialog } from './TransferDialog.tsx';
import { TypingIndicator } from './TypingIndicator.tsx';

interface Props {
  view: ConversationView;
  selfId: string;
  /** The agent holds it (assigned to them and not taken away). */
  mine: boolean;
  /** How it left the agent, when it did. */
  handover: Handover | null;
  /** Supervisors and admins may change the priority of any open conversation. */
  supervisor: boolean;
  draft: string;
  onDraft: (text: string) => void;
  onTransferred: (handover: Handover) => void;
}

/**
 * One conversation: header (priority, transfer, end, reopen once ended), the timeline, who is typing, and the
 * composer (own, open ones only).
 * A conversation taken away meanwhile stays readable here with the reason, without the composer.
 */
export function ConversationPane(props: Props) {
  const { view, selfId, mine, handover, supervisor, draft, onDraft, onTransferred } = props;
  const [transferring, setTransferring] = useState(false);
  const open = view.status !== 'ENDED';
  const mayPrioritise = open && (mine || supervisor);
  return (
    <>
      <div className="pane-header">
        <Link to="/" className="back-link">
          ← Your conversations
        </Link>
        <h2 id="conversation-heading">
          Customer {view.customerId ? shortId(view.customerId) : '…'}{' '}
          <span className={`status-pill status-${view.status.toLowerCase()}`}>
            {view.status.toLowerCase()}
          </span>
        </h2>
        <div className="pane-actions">
          {mayPrioritise && <ConversationPriority view={view} />}
          {mine && view.status === 'ACTIVE' && (
            <button type="button" onClick={() => setTransferring(true)}>
              Transfer…
            </button>
          )}
          {mine && open && <EndConversationButton conversationId={view.id} />}
          {!open && <ReopenButton conversationId={view.id} />}
        </div>
      </div>
      <MessageList view={view} selfId={selfId} canReact={mine || supervisor} />
      {open && <TypingIndicator view={view} />}
      {!open ? (
        <p className="muted ended-note">This conversation has ended.</p>
      ) : mine ? (
        <Composer conversationId={view.id} draft={draft} onDraft={onDraft} />
      ) : handover ? (
        <p className="notice-inline" role="note">
          No longer yours: {handoverText(handover, view.customerId)}
        </p>
      ) : (
        <p className="muted ended-note">
          Read only: this conversation is{' '}
          {view.agentName ? `assigned to ${view.agentName}` : 'not assigned to you'}.
        </p>
      )}
      {transferring && (
        <TransferDialog
          view={view}
          selfId={selfId}
          onClose={() => setTransferring(false)}
          onTransferred={(h) => {
            setTransferring(false);
            onTransferred(h);
          }}
        />
      )}
    </>
  );
}

/** The priority as queue-service keeps it (the customer's choice, or what staff or the rules set). */
function ConversationPriority({ view }: { view: ConversationView }) {
  const details = useQueueConversation(view.id);
  const current = details.data ? details.data.priority : (view.priority ?? null);
  return <PriorityControl conversationId={view.id} current={current} />;
}
