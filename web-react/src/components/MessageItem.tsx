import type { ConnectionStatus, DisplayMessage } from '@parley/client-sdk';
import { systemLineText } from '../lib/conversationText.ts';
import { ownMessageStatus } from '../lib/messageStatus.ts';
import { Attachments } from './Attachments.tsx';
import { Reactions } from './Reactions.tsx';

interface MessageItemProps {
  message: DisplayMessage;
  selfId: string | null;
  /** The conversation's agent now. */
  agentName: string | null;
  /** Every agent who joined, by id: an earlier agent's messages keep their name after a transfer. */
  agentNames: ReadonlyMap<string, string>;
  connection: ConnectionStatus;
  onRetry: (message: DisplayMessage) => void;
  onDiscard: (message: DisplayMessage) => void;
  /** Adds or removes the customer's reaction on a stored message. */
  onToggleReaction?: (seq: number, emoji: string) => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

function time(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : timeFormat.format(date);
}

function receiptTitle(message: DisplayMessage): string | undefined {
  if (message.readAt) {
    return `Read ${time(message.readAt)}`;
  }
  return message.deliveredAt ? `Delivered ${time(message.deliveredAt)}` : undefined;
}

/**
 * One line of the chat: the customer's own message with its status, an agent's message, or a system line
 * (joined, transferred, back in line, ended). MessageList never passes a NOTE.
 */
export function MessageItem({
  message,
  selfId,
  agentName,
  agentNames,
  connection,
  onRetry,
  onDiscard,
  onToggleReaction,
}: MessageItemProps) {
  if (message.type !== 'MESSAGE') {
    return <li className="message system">{systemLineText(message, selfId, agentName)}</li>;
  }
  const sender = message.mine ? 'You' : (agentNames.get(message.senderId) ?? agentName ?? 'Agent');
  const status = message.mine ? ownMessageStatus(message, connection) : null;
  return (
    <li className={message.mine ? 'message mine' : 'message theirs'} data-status={status?.kind}>
      <span className={message.mine ? 'sr-only' : 'message-sender'}>{sender}:</span>
      {message.text && <p className="message-text">{message.text}</p>}
      <Attachments files={message.attachments} />
      <p className="message-meta">
        <time dateTime={message.at}>{time(message.at)}</time>
        {status && (
          <span className={`message-status status-${status.kind}`} title={receiptTitle(message)}>
            {status.ticks ? (
              <>
                <span aria-hidden="true" className="ticks">
                  {status.ticks}
                </span>
                <span className="sr-only">{status.label}</span>
              </>
            ) : (
              status.label
            )}
          </span>
        )}
      </p>
      {message.seq !== null && message.status === 'confirmed' && onToggleReaction && (
        <Reactions
          reactions={message.reactions}
          onToggle={(emoji) => onToggleReaction(message.seq!, emoji)}
        />
      )}
      {status?.kind === 'failed' && (
        <div className="message-actions">
          <button type="button" className="button small" onClick={() => onRetry(message)}>
            Try again
          </button>
          <button type="button" className="button small" onClick={() => onDiscard(message)}>
            Remove
          </button>
        </div>
      )}
    </li>
  );
}
