import { selectConversations, type ConversationView } from '@parley/client-sdk';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAttention } from '../alerts/AttentionProvider.tsx';
import { describeError } from '../format.ts';
import { useParley, useParleyState } from '../parley.tsx';
import { canSupervise } from '../roles.ts';
import { AvailableChats } from './AvailableChats.tsx';
import { ConversationList } from './ConversationList.tsx';
import { ConversationPane } from './ConversationPane.tsx';
import { CustomerPanel } from './CustomerPanel.tsx';
import { useDrafts } from './drafts.ts';
import { handoverOf, handoverText, holds, type Handover, type LocalHandovers } from './handover.ts';
import { HandoverNotices, type HandoverNotice } from './HandoverNotices.tsx';
import { useWindowFocus } from './useWindowFocus.ts';

/**
 * The agent's desk: their conversations, the chats they may take (manual mode), the open one with its
 * composer, and the customer panel. The selected conversation is in the URL (/c/:conversationId); drafts
 * live here, so switching keeps them. A conversation taken away (transferred, reassigned, requeued) leaves the
 * list and a notice says why.
 */
export function WorkspacePage({ userId }: { userId: string }) {
  const client = useParley();
  const navigate = useNavigate();
  const { conversationId } = useParams();
  const conversations = useParleyState((s) => s.conversations);
  const byId = conversations.byId;
  const roles = useParleyState((s) => s.session?.roles);
  const { unreadOf, unacknowledged, acknowledge } = useAttention();
  const [drafts, setDraft] = useDrafts(userId);
  const focused = useWindowFocus();
  const [openError, setOpenError] = useState<{ id: string; message: string } | null>(null);
  const [transferred, setTransferred] = useState<LocalHandovers>({});
  const [notices, setNotices] = useState<HandoverNotice[]>([]);
  const [awaitingTake, setAwaitingTake] = useState<string | null>(null);

  const mine = useMemo(
    () => selectConversations(conversations).filter((v) => holds(v, userId, transferred)),
    [conversations, userId, transferred],
  );
  const selected = conversationId ? byId[conversationId] : undefined;
  const selectedLoaded = selected !== undefined && selected.department !== null;

  useHandoverNotices(mine, byId, userId, transferred, setNotices);

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

  // A chat just taken opens as soon as chat-service shows it assigned to the agent.
  useEffect(() => {
    if (awaitingTake && mine.some((v) => v.id === awaitingTake)) {
      setAwaitingTake(null);
      void navigate(`/c/${awaitingTake}`);
    }
  }, [awaitingTake, mine, navigate]);

  const onTransferred = useCallback((handover: Handover) => {
    setTransferred((current) => ({ ...current, [handover.conversationId]: handover }));
  }, []);
  const dismiss = useCallback(
    (id: string) => setNotices((current) => current.filter((n) => n.conversationId !== id)),
    [],
  );

  return (
    <div className={`workspace${conversationId ? ' has-selection' : ''}`}>
      <h1 className="visually-hidden">Agent workspace</h1>
      <div className="column list-column">
        <HandoverNotices notices={notices} onDismiss={dismiss} />
        <nav aria-label="Your conversations">
          <ConversationList
            conversations={mine}
            selectedId={conversationId}
            unreadOf={unreadOf}
            isNew={(id) => unacknowledged.has(id)}
            drafts={drafts}
          />
        </nav>
        <AvailableChats onTaken={setAwaitingTake} />
      </div>
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
            mine={holds(selected, userId, transferred)}
            handover={handoverOf(selected, userId, transferred)}
            supervisor={canSupervise(roles)}
            draft={drafts[selected.id] ?? ''}
            onDraft={(text) => setDraft(selected.id, text)}
            onTransferred={onTransferred}
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

/**
 * Raises a notice for each conversation that was in the agent's list and left it because it was taken
 * away (an ended one stays in the list; conversations loaded already taken away raise nothing).
 */
function useHandoverNotices(
  mine: readonly ConversationView[],
  byId: Readonly<Record<string, ConversationView>>,
  userId: string,
  transferred: LocalHandovers,
  setNotices: (change: (current: HandoverNotice[]) => HandoverNotice[]) => void,
): void {
  const shown = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const now = new Set(mine.map((v) => v.id));
    const left: HandoverNotice[] = [];
    for (const id of shown.current) {
      const view = byId[id];
      const handover = !now.has(id) && view ? handoverOf(view, userId, transferred) : null;
      if (view && handover) {
        left.push({ conversationId: id, text: handoverText(handover, view.customerId) });
      }
    }
    shown.current = now;
    if (left.length > 0) {
      setNotices((current) => [
        ...current.filter((n) => !left.some((l) => l.conversationId === n.conversationId)),
        ...left,
      ]);
    }
  }, [mine, byId, userId, transferred, setNotices]);
}
