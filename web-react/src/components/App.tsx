import { newUuid, selectConversations, type Availability } from '@parley/client-sdk';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorText } from '../actions/errorText.ts';
import { startChat } from '../actions/startChat.ts';
import type { WidgetConfig } from '../config.ts';
import { useEmbedBridge } from '../hooks/useEmbedBridge.ts';
import { useHostIdentity } from '../hooks/useHostIdentity.ts';
import { useParleyClient, useParleyState } from '../hooks/useParley.ts';
import { useReconnectWhenOnline } from '../hooks/useReconnectWhenOnline.ts';
import { useSessionFromOtherTabs } from '../hooks/useSessionFromOtherTabs.ts';
import { useStoredValue } from '../hooks/useStoredValue.ts';
import { pickConversation } from '../lib/pickConversation.ts';
import { routingChoice, type PreChatValues } from '../lib/preChat.ts';
import { StorageKeys } from '../storage.ts';
import { ChatHeader } from './ChatHeader.tsx';
import { ChatScreen } from './ChatScreen.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { ConversationList } from './ConversationList.tsx';
import { PreChatForm } from './PreChatForm.tsx';

interface AppProps {
  config: WidgetConfig;
  /** `client.init()`: the stored session restored (or none). */
  ready: Promise<void>;
}

/** What is on screen when no conversation is: the list of earlier chats, or the form for a new one. */
type Screen = 'auto' | 'list' | 'new';

/**
 * The widget: a conversation, the customer's earlier chats, or the pre-chat form (with who is online), under
 * the connection banner. A verified identity from the loader signs the customer in instead of a guest.
 */
export function App({ config, ready }: AppProps) {
  const client = useParleyClient();
  const state = useParleyState();
  const [initialized, setInitialized] = useState(false);
  const [storedId, setStoredId] = useStoredValue(StorageKeys.conversation);
  const [verifiedAs, setVerifiedAs] = useStoredValue(StorageKeys.identity);
  const [screen, setScreen] = useState<Screen>('auto');
  const [availability, setAvailability] = useState<Availability | null>(null);
  const firstMessageId = useRef<string | null>(null);
  const guestAsked = useRef(false);
  const guestLogin = useRef<Promise<unknown> | null>(null);
  const verifying = useRef<string | null>(null);
  const { close } = useEmbedBridge(config.embedded);
  const identity = useHostIdentity(config.identity);
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

  // The host site's customer: sign in as them unless this session already is theirs.
  useEffect(() => {
    if (!initialized || !identity || verifying.current === identity.externalId) {
      return;
    }
    const theirs = verifiedAs === identity.externalId && state.session?.roles.includes('CUSTOMER');
    if (theirs) {
      return;
    }
    // Once per identity: a refused one leaves the customer to start as a guest.
    verifying.current = identity.externalId;
    void (async () => {
      if (state.session) {
        await client.logout();
      }
      setStoredId(null);
      await client.loginAsCustomer(identity);
      setVerifiedAs(identity.externalId);
    })().catch((error: unknown) => console.warn('[parley] the verified identity was refused', error));
  }, [client, initialized, identity, verifiedAs, state.session, setStoredId, setVerifiedAs]);

  const conversations = useMemo(
    () => (signedIn ? selectConversations(state.conversations) : []),
    [signedIn, state.conversations],
  );
  const conversationId =
    signedIn && screen === 'auto' ? pickConversation(storedId, state.conversations.byId) : null;
  const showList = conversationId === null && screen !== 'new' && conversations.length > 0;
  const showForm = initialized && identity !== undefined && conversationId === null && !showList;

  // Who is online is asked with a token (guests too): a new visitor gets a guest session for it.
  useEffect(() => {
    if (!showForm || identity || signedIn || guestAsked.current) {
      return;
    }
    guestAsked.current = true;
    guestLogin.current = client
      .loginAsGuest()
      .catch((error: unknown) => console.warn('[parley] no guest session', error));
  }, [client, showForm, identity, signedIn]);
  useEffect(() => {
    if (!showForm || !signedIn) {
      return;
    }
    let current = true;
    client.availability(config.department).then(
      (found) => current && setAvailability(found),
      () => current && setAvailability(null),
    );
    return () => {
      current = false;
    };
  }, [client, showForm, signedIn, config.department]);

  const start = async (values: PreChatValues) => {
    // A start while the early guest sign-in is still running would sign in a second guest.
    await guestLogin.current;
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
    setScreen('auto');
  };
  const forget = useCallback(() => setStoredId(null), [setStoredId]);
  const open = (id: string) => {
    setStoredId(id);
    setScreen('auto');
  };
  const startOver = () => {
    setStoredId(null);
    setScreen('auto');
    guestAsked.current = false;
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
        {!initialized || identity === undefined ? (
          <p className="loading">Loading…</p>
        ) : conversationId ? (
          <ChatScreen
            key={conversationId}
            conversationId={conversationId}
            onGone={forget}
            onNewChat={() => {
              forget();
              setScreen('new');
            }}
            onShowList={() => {
              forget();
              setScreen('list');
            }}
          />
        ) : showList ? (
          <ConversationList
            conversations={conversations}
            onOpen={open}
            onNew={() => setScreen('new')}
            onReopen={async (id) => {
              await client.reopen(id);
              open(id);
            }}
            describeError={errorText}
          />
        ) : (
          <PreChatForm
            signedIn={signedIn && (conversations.length > 0 || identity !== null)}
            topics={config.topics}
            onStart={start}
            describeError={errorText}
            availability={availability}
            onShowList={conversations.length > 0 ? () => setScreen('list') : undefined}
          />
        )}
      </main>
    </div>
  );
}
