import { selectConversations } from '@parley/client-sdk';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useAttention } from '../alerts/AttentionProvider.tsx';
import { isMine } from '../alerts/titleAlert.ts';
import { describeError } from '../format.ts';
import { useParley, useParleyState } from '../parley.tsx';
import { ConversationList } from './ConversationList.tsx';
import { ConversationPane } from './ConversationPane.tsx';
import { CustomerPanel } from './CustomerPanel.tsx';
import { useDrafts } from './drafts.ts';
import { useWindowFocus } from './useWindowFocus.ts';

/**
 * The agent's desk: their conversations, the open one with its composer, and the customer panel. The
 * selected conversation is in the URL (/c/:conversationId); drafts live here, so switching keeps them.
 */
export function WorkspacePage({ userId }: { userId: string }) {
  const client = useParley();
  const { conversationId } = useParams();
  const byId = useParleyState((s) => s.conversations.byId);
  const { unreadOf, unacknowledged, acknowledge } = useAttention();
  const [drafts, setDraft] = useDrafts(userId);
  const focused = useWindowFocus();
  const [openError, setOpenError] = useState<{ id: string; message: string } | null>(null);

  const mine = useMemo(
    () => selectConversations({ selfId: userId, byId }).filter((v) => isMine(v, userId)),
    [byId, userId],
  );
  const selected = conversationId ? byId[conversationId] : undefined;
  const selectedLoaded = selected !== undefined && selected.department !== null;

  // A conversation named in the URL that is not loaded yet (a link, a past conversation): fetch it.
  useEffect(() => {
    if (conversationId && !selectedLoaded) {
      client
        .openConversation(conversationId)
        .catch((e: unknown) => setOpenError({ id: conversationId, message: describeError(e) }));
    }
  }, [client, conversationId, selectedLoaded]);

  // Looking at a conversation in a focused tab reads it.
  useEffect(() => {
    if (!selected) {
      return;
    }
    acknowledge(selected.id);
    if (focused && (selected.unread > 0 || selected.readSeq < selected.lastSeq)) {
      client.markRead(selected.id);
    }
  }, [client, selected, focused, acknowledge]);

  return (
    <div className={`workspace${conversationId ? ' has-selection' : ''}`}>
      <h1 className="visually-hidden">Agent workspace</h1>
      <nav className="column list-column" aria-label="Your conversations">
        <ConversationList
          conversations={mine}
          selectedId={conversationId}
          unreadOf={unreadOf}
          isNew={(id) => unacknowledged.has(id)}
          drafts={drafts}
        />
      </nav>
      <section
        className="column conversation-column"
        aria-labelledby={selected ? 'conversation-heading' : undefined}
        aria-label={selected ? undefined : 'Conversation'}
      >
        {selected ? (
          <ConversationPane
            key={selected.id}
            view={selected}
            selfId={userId}
            draft={drafts[selected.id] ?? ''}
            onDraft={(text) => setDraft(selected.id, text)}
          />
        ) : conversationId && openError?.id === conversationId ? (
          <p role="alert" className="error">
            Could not open the conversation: {openError.message}
          </p>
        ) : conversationId ? (
          <p className="muted">Loading the conversation…</p>
        ) : (
          <p className="muted empty-note">Select a conversation from the list.</p>
        )}
      </section>
      {selected && (
        <aside className="column customer-column" aria-labelledby="customer-heading">
          <CustomerPanel view={selected} />
        </aside>
      )}
    </div>
  );
}
