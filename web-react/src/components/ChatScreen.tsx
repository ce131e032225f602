import { isApiError, selectTimeline, type DisplayMessage } from '@parley/client-sdk';
import { useCallback, useEffect, useMemo } from 'react';
import { errorText } from '../actions/errorText.ts';
import { useParleyClient, useParleyState } from '../hooks/useParley.ts';
import { agentNames } from '../lib/conversationText.ts';
import { useShownToCustomer } from '../hooks/useShownToCustomer.ts';
import { Composer, type UploadFn } from './Composer.tsx';
import { EndChatButton } from './EndChatButton.tsx';
import { EndedNotice } from './EndedNotice.tsx';
import { LeaveMessageNotice } from './LeaveMessageNotice.tsx';
import { MessageList } from './MessageList.tsx';
import { QueueStatus } from './QueueStatus.tsx';
import { TypingIndicator } from './TypingIndicator.tsx';

interface ChatScreenProps {
  conversationId: string;
  /** The conversation is not (or no longer) this guest's: forget it. */
  onGone: () => void;
  onNewChat: () => void;
  /** Back to the customer's list of conversations. */
  onShowList?: () => void;
}

/**
 * One conversation: status line (place in line and wait, or the agent), the leave-a-message notice while
 * nobody is online, messages, composer and End chat, or the ended notice.
 */
export function ChatScreen({ conversationId, onGone, onNewChat, onShowList }: ChatScreenProps) {
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
  // Read receipts: the newest messages count as read while the chat is on screen in a focused window.
  useShownToCustomer(() => client.markRead(conversationId), view?.lastSeq ?? 0);
  useEffect(() => () => client.stopTyping(conversationId), [client, conversationId]);
  const upload = useCallback<UploadFn>(
    (file, name, onProgress) =>
      client.uploadFile(conversationId, file, {
        name,
        onProgress: (loaded, total) => onProgress(total > 0 ? loaded / total : 0),
      }),
    [client, conversationId],
  );

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
        {onShowList && (
          <button type="button" className="button small" onClick={onShowList}>
            Your chats
          </button>
        )}
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
        onToggleReaction={(seq, emoji) => client.toggleReaction(conversationId, seq, emoji)}
      />
      <TypingIndicator typing={view.typing} agentNames={names} agentName={view.agentName} />
      {ended ? (
        <EndedNotice
          onNewChat={onNewChat}
          onReopen={async () => {
            await client.reopen(conversationId);
          }}
          describeError={errorText}
        />
      ) : (
        <Composer
          autoFocus
          onSend={(text, attachments) => client.send(conversationId, text, attachments)}
          onUpload={upload}
          onTyping={(typing) => (typing ? client.typing(conversationId) : client.stopTyping(conversationId))}
        />
      )}
    </div>
  );
}
