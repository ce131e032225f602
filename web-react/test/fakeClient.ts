import {
  Store,
  conversationsReducer,
  initialConversationsState,
  type Conversation,
  type ConversationAction,
  type ConnectionState,
  type ParleyClientApi,
  type ParleyState,
  type Attachment,
  type Availability,
  type FileView,
  type StartConversationInput,
} from '@parley/client-sdk';
import { vi } from 'vitest';

export const GUEST_ID = 'guest-1';

export function conversation(id: string, status: Conversation['status'] = 'QUEUED'): Conversation {
  return {
    id,
    customerId: GUEST_ID,
    agentId: null,
    agentName: null,
    department: 'support',
    status,
    lastSeq: 1,
    createdAt: '2026-03-01T10:00:00Z',
    assignedAt: null,
    endedAt: null,
  };
}

/**
 * A ParleyClientApi over the SDK's real reducer and store, without network: tests play the server by
 * dispatching what the SDK would (`emit`) and by setting the connection.
 */
export class FakeClient implements ParleyClientApi {
  readonly store = new Store<ParleyState>({
    session: null,
    connection: { status: 'idle' },
    conversations: initialConversationsState,
    agent: null,
  });
  private ids = 0;

  getState = () => this.store.getState();
  subscribe = (listener: () => void) => this.store.subscribe(listener);

  emit(action: ConversationAction): void {
    this.store.update((s) => ({ ...s, conversations: conversationsReducer(s.conversations, action) }));
  }

  setConnection(connection: ConnectionState): void {
    this.store.update((s) => ({ ...s, connection }));
  }

  signIn(): void {
    this.store.update((s) => ({ ...s, session: { userId: GUEST_ID, roles: ['GUEST'] } }));
    this.emit({ type: 'session', selfId: GUEST_ID, roles: ['GUEST'] });
  }

  init = vi.fn(() => Promise.resolve());
  loginAsGuest = vi.fn(() => {
    this.signIn();
    return Promise.resolve({ userId: GUEST_ID, roles: ['GUEST' as const] });
  });
  login = vi.fn(() => Promise.reject(new Error('not for guests')));
  logout = vi.fn(() => {
    this.store.update((s) => ({ ...s, session: null }));
    this.emit({ type: 'reset' });
    return Promise.resolve();
  });
  connect = vi.fn();
  disconnect = vi.fn();
  reconnectNow = vi.fn();
  loadConversations = vi.fn(() => Promise.resolve());
  openConversation = vi.fn(() => Promise.resolve());
  startConversation = vi.fn((input: StartConversationInput) => {
    const started: Conversation = {
      ...conversation('c1'),
      department: input.department ?? 'support',
      customerName: input.customerName ?? null,
      customerEmail: input.customerEmail ?? null,
      priority: input.priority ?? null,
      skills: input.skills ?? [],
    };
    const clientMessageId = input.clientMessageId ?? 'first';
    this.emit({ type: 'conversationLoaded', conversation: started });
    this.emit({
      type: 'localSend',
      message: {
        conversationId: 'c1',
        clientMessageId,
        senderId: GUEST_ID,
        text: input.text,
        at: started.createdAt,
      },
    });
    this.emit({ type: 'ack', ack: { conversationId: 'c1', clientMessageId, messageId: '', seq: 1 } });
    return Promise.resolve(started);
  });
  send = vi.fn((conversationId: string, text: string, attachments: readonly Attachment[] = []) => {
    const clientMessageId = `m${++this.ids}`;
    this.emit({
      type: 'localSend',
      message: {
        conversationId,
        clientMessageId,
        senderId: GUEST_ID,
        text,
        at: '2026-03-01T10:05:00Z',
        ...(attachments.length > 0 ? { attachments: [...attachments] } : {}),
      },
    });
    return clientMessageId;
  });
  loginAsCustomer = vi.fn((identity: { externalId: string }) => {
    const userId = `customer-${identity.externalId}`;
    this.store.update((s) => ({ ...s, session: { userId, roles: ['CUSTOMER'] } }));
    this.emit({ type: 'session', selfId: userId, roles: ['CUSTOMER'] });
    return Promise.resolve({ userId, roles: ['CUSTOMER' as const] });
  });
  reopen = vi.fn((id: string) => {
    const lastSeq = (this.getState().conversations.byId[id]?.lastSeq ?? 0) + 1;
    const reopened = { ...conversation(id, 'QUEUED'), lastSeq };
    this.emit({ type: 'conversationLoaded', conversation: reopened });
    return Promise.resolve(reopened);
  });
  /** Resolves with a stored file after reporting half and full progress. */
  uploadFile = vi.fn(
    (
      conversationId: string,
      file: Blob,
      options?: { name?: string; onProgress?: (loaded: number, total: number) => void },
    ) => {
      options?.onProgress?.(file.size / 2, file.size);
      options?.onProgress?.(file.size, file.size);
      const name = options?.name ?? (file as File).name;
      const view: FileView = {
        id: `file-${++this.ids}`,
        conversationId,
        uploaderId: GUEST_ID,
        name,
        contentType: file.type,
        size: file.size,
        kind: file.type.startsWith('image/') ? 'IMAGE' : 'PDF',
        width: null,
        height: null,
        hasThumbnail: file.type.startsWith('image/'),
        createdAt: '2026-03-01T10:05:00Z',
      };
      return Promise.resolve(view);
    },
  );
  fileLink = vi.fn((fileId: string, variant: 'ORIGINAL' | 'THUMBNAIL' = 'ORIGINAL') =>
    Promise.resolve({
      url: `https://files.test/${fileId}/${variant}?sig=x`,
      expiresAt: '2099-01-01T00:00:00Z',
    }),
  );
  availability = vi.fn((department?: string): Promise<Availability> =>
    Promise.resolve({
      department: department ?? null,
      available: true,
      agentsOnline: 1,
      estimatedWaitSeconds: 120,
    }),
  );
  typing = vi.fn();
  stopTyping = vi.fn();
  react = vi.fn();
  toggleReaction = vi.fn();
  discard = vi.fn();
  end = vi.fn((id: string) => {
    // The server's answer counts the ENDED event it just stored.
    const lastSeq = (this.getState().conversations.byId[id]?.lastSeq ?? 0) + 1;
    const ended = { ...conversation(id, 'ENDED'), endedAt: '2026-03-01T10:10:00Z', lastSeq };
    this.emit({ type: 'conversationLoaded', conversation: ended });
    return Promise.resolve(ended);
  });
  markRead = vi.fn();
  loadAgent = vi.fn(() => Promise.reject(new Error('not an agent')));
  setStatus = vi.fn(() => Promise.reject(new Error('not an agent')));
  dispose = vi.fn();
}
