import { isApiError, selectTimeline, type DisplayMessage } from '@parley/client-sdk';
import { useEffect, useMemo } from 'react';
import { errorText } from '../actions/errorText.ts';
import { useParleyClient, useParleyState } from '../hooks/useParley.ts';
import { agentNames } from '../lib/conversationText.ts';
import { Composer } from './Composer.tsx';
import { EndChatButton } from './EndChatButton.tsx';
import { EndedNotice } from './EndedNotice.tsx';
import { LeaveMessageNotice } from './LeaveMessageNotice.tsx';
import { MessageList } from './MessageList.tsx';
import { QueueStatus } from './QueueStatus.tsx';

interface ChatScreenProps {
  conversationId: string;
  /** The conversation is not (or no longer) this guest's: forget it. */
  onGone: () => void;
  onNewChat: () => void;
}

/**
 * One conversation: status line (place in line and wait, or the agent), the leave-a-message notice while
 * nobody is online, messages, composer and End chat, or the ended notice.
 */
export function ChatScreen({ conversationId, onGone, onNewChat }: ChatScreenProps) {
  const client = useParleyClient();
  const state = useParleyState();
  const view = state.conversations.byId[conversationId];
  const selfId = state.session?.userId ?? null;
  const known = view !== undefined && view.department !== null;

  // After a reload or in a second tab: load the conversation and its history unless the session sync did.
  useEffect(() => {
    if (known) {
      return;
    }
    client.openConversation(conversationId).catch((error: unknown) => {
      if (isApiError(error) && (error.status === 404 || error.status === 403)) {
        onGone();
      }
    });
  }, [client, conversationId, known, onGone]);

  const messages = useMemo(() => (view ? selectTimeline(view, selfId) : []), [view, selfId]);
  const timeline = view?.timeline;
  const names = useMemo(() => agentNames(timeline ?? []), [timeline]);

  if (!view) {
    return <p className="loading">Loading your chat…</p>;
  }
  const ended = view.status === 'ENDED';
  const retry = (message: DisplayMessage) => {
    client.discard(conversationId, message.key);
    if (message.text) {
      client.send(conversationId, message.text);
    }
  };
  return (
    <div className="chat">
      <div className="chat-bar">
        <QueueStatus view={view} />
        {!ended && (
          <EndChatButton
            describeError={errorText}
            onEnd={async () => {
              await client.end(conversationId);
            }}
          />
        )}
      </div>
      <LeaveMessageNotice
        offered={view.status === 'QUEUED' && view.offerLeaveMessage}
        email={view.customerEmail}
      />
      <MessageList
        messages={messages}
        selfId={selfId}
        agentName={view.agentName}
        agentNames={names}
        connection={state.connection.status}
        onRetry={retry}
        onDiscard={(message) => client.discard(conversationId, message.key)}
      />
      {ended ? (
        <EndedNotice onNewChat={onNewChat} />
      ) : (
        <Composer autoFocus onSend={(text) => client.send(conversationId, text)} />
      )}
    </div>
  );
}
