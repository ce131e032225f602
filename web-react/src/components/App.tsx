import { useCallback, useEffect, useRef, useState } from 'react';
import { newUuid } from '@parley/client-sdk';
import { errorText } from '../actions/errorText.ts';
import { startChat } from '../actions/startChat.ts';
import type { WidgetConfig } from '../config.ts';
import { useEmbedBridge } from '../hooks/useEmbedBridge.ts';
import { useParleyClient, useParleyState } from '../hooks/useParley.ts';
import { useReconnectWhenOnline } from '../hooks/useReconnectWhenOnline.ts';
import { useSessionFromOtherTabs } from '../hooks/useSessionFromOtherTabs.ts';
import { useStoredValue } from '../hooks/useStoredValue.ts';
import { routingChoice, type PreChatValues } from '../lib/preChat.ts';
import { pickConversation } from '../lib/pickConversation.ts';
import { StorageKeys } from '../storage.ts';
import { ChatHeader } from './ChatHeader.tsx';
import { ChatScreen } from './ChatScreen.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { PreChatForm } from './PreChatForm.tsx';

interface AppProps {
  config: WidgetConfig;
  /** `client.init()`: the stored session restored (or none). */
  ready: Promise<void>;
}

/** The widget: pre-chat form, or the chat on screen, under the connection banner. */
export function App({ config, ready }: AppProps) {
  const client = useParleyClient();
  const state = useParleyState();
  const [initialized, setInitialized] = useState(false);
  const [storedId, setStoredId] = useStoredValue(StorageKeys.conversation);
  const firstMessageId = useRef<string | null>(null);
  const { close } = useEmbedBridge(config.embedded);
  const signedIn = state.session !== null;

  useEffect(() => {
    let current = true;
    void ready.finally(() => current && setInitialized(true));
    return () => {
      current = false;
    };
  }, [ready]);
  useReconnectWhenOnline(client);
  useSessionFromOtherTabs(client, signedIn);

  const conversationId = signedIn ? pickConversation(storedId, state.conversations.byId) : null;

  const start = async (values: PreChatValues) => {
    firstMessageId.current ??= newUuid();
    const id = await startChat(client, {
      values,
      routing: routingChoice(values, config.topics, config.department),
      clientMessageId: firstMessageId.current,
      pageUrl: config.pageUrl,
      userAgent: navigator.userAgent,
    });
    firstMessageId.current = null;
    setStoredId(id);
  };
  const forget = useCallback(() => setStoredId(null), [setStoredId]);
  const startOver = () => {
    setStoredId(null);
    void client.logout();
  };

  return (
    <div className={config.embedded ? 'widget embedded' : 'widget'}>
      <ChatHeader onClose={close} />
      {signedIn && (
        <ConnectionBanner
          state={state.connection}
          onRetryNow={() => client.reconnectNow()}
          onStartOver={startOver}
        />
      )}
      <main className="widget-main">
        {!initialized ? (
          <p className="loading">Loading…</p>
        ) : conversationId ? (
          <ChatScreen
            key={conversationId}
            conversationId={conversationId}
            onGone={forget}
            onNewChat={forget}
          />
        ) : (
          <PreChatForm signedIn={signedIn} topics={config.topics} onStart={start} describeError={errorText} />
        )}
      </main>
    </div>
  );
}
