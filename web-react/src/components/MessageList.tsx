import type { ConnectionStatus, DisplayMessage } from '@parley/client-sdk';
import { useEffect, useMemo, useRef } from 'react';
import { shownToCustomer } from '../lib/conversationText.ts';
import { MessageItem } from './MessageItem.tsx';

interface MessageListProps {
  messages: DisplayMessage[];
  selfId: string | null;
  agentName: string | null;
  agentNames: ReadonlyMap<string, string>;
  connection: ConnectionStatus;
  onRetry: (message: DisplayMessage) => void;
  onDiscard: (message: DisplayMessage) => void;
  onToggleReaction?: (seq: number, emoji: string) => void;
}

/** The conversation (role=log: new lines are read out); follows the newest message. Notes never show. */
export function MessageList({ messages: all, ...item }: MessageListProps) {
  const messages = useMemo(() => all.filter(shownToCustomer), [all]);
  const end = useRef<HTMLDivElement>(null);
  const last = messages.at(-1);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [messages.length, last?.key, last?.status]);
  return (
    <div className="messages" role="log" aria-label="Messages" tabIndex={0}>
      <ol className="message-list">
        {messages.map((message) => (
          <MessageItem key={message.key} message={message} {...item} />
        ))}
      </ol>
      <div ref={end} />
    </div>
  );
}
