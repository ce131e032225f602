import type { UploadOptions } from './api.ts';
import type {
  Agent,
  AgentStatus,
  Attachment,
  Availability,
  Conversation,
  ConversationPriority,
  CustomerDetails,
  CustomerIdentityRequest,
  FileLink,
  FileVariant,
  FileView,
  GuestRequest,
  ReactionOp,
  Role,
} from './contract.ts';
import type { ConversationsState } from './conversations.ts';
import type { ConnectionState } from './machine.ts';

/** Who is signed in. */
export interface Session {
  userId: string;
  roles: Role[];
}

/** Everything a UI renders, one immutable object per change. */
export interface ParleyState {
  session: Session | null;
  connection: ConnectionState;
  conversations: ConversationsState;
  /** The signed-in agent's profile (agents only, after `loadAgent` or `setStatus`). */
  agent: Agent | null;
}

export interface StartConversationInput extends CustomerDetails {
  text: string;
  department?: string;
  /** The customer's urgency from the pre-chat form; omit for none (the line treats it as MEDIUM). */
  priority?: ConversationPriority;
  /** Skills an agent needs for it (e.g. from the topic the customer chose): 0–10 of `[a-z0-9-]{1,40}`. */
  skills?: string[];
  /** Pass the same id again to retry a start that failed on the network (the server is idempotent on it). */
  clientMessageId?: string;
}

/**
 * The high-level client every Parley UI uses. `getState` and `subscribe` fit React's useSyncExternalStore:
 * `useSyncExternalStore(client.subscribe, client.getState)`.
 */
export interface ParleyClientApi {
  getState(): ParleyState;
  subscribe(listener: () => void): () => void;

  /** Restores a stored session and the outbox, then connects if someone is signed in. */
  init(): Promise<void>;
  loginAsGuest(request?: GuestRequest): Promise<Session>;
  login(email: string, password: string): Promise<Session>;
  /** Signs in with a verified identity from the host site (`POST /auth/customer`) instead of as a guest. */
  loginAsCustomer(identity: CustomerIdentityRequest): Promise<Session>;
  logout(): Promise<void>;

  /** Opens the live connection (done by init/login); `disconnect` closes it. */
  connect(): void;
  disconnect(): void;
  /** Skip the backoff wait and reconnect now (e.g. when the device comes back online). */
  reconnectNow(): void;

  /** Loads the caller's conversations (metadata) and each one's timeline. */
  loadConversations(): Promise<void>;
  /** Loads one conversation from scratch (metadata + all events). */
  openConversation(id: string): Promise<void>;
  startConversation(input: StartConversationInput): Promise<Conversation>;
  /**
   * Queues a message (outbox) and sends it when live; returns its clientMessageId. `attachments` are files
   * uploaded with `uploadFile` (0–5); with some, the text may be empty.
   */
  send(conversationId: string, text: string, attachments?: readonly Attachment[]): string;
  /** Drops a failed or still-pending message from the outbox and the view. */
  discard(conversationId: string, clientMessageId: string): void;
  end(conversationId: string): Promise<Conversation>;
  /** An ENDED conversation waits in line again (its customer, or staff). */
  reopen(conversationId: string): Promise<Conversation>;
  /** The conversation is on screen: clears its unread count and sends a READ receipt (participants only). */
  markRead(conversationId: string): void;

  /** Uploads a file into the conversation (413 too large, 415 type not allowed: ApiError). */
  uploadFile(
    conversationId: string,
    file: Blob,
    options?: UploadOptions & { name?: string },
  ): Promise<FileView>;
  /** A signed link to a file (cached until shortly before it expires). */
  fileLink(fileId: string, variant?: FileVariant): Promise<FileLink>;
  /** Is an agent of the department online, and how long might a new chat wait (before starting)? */
  availability(department?: string): Promise<Availability>;

  /** The user typed in the conversation's composer (throttled; `typing:false` follows a pause). */
  typing(conversationId: string): void;
  /** The user stopped typing (cleared the box). */
  stopTyping(conversationId: string): void;
  /** Adds or removes one emoji reaction on the message at `targetSeq` (shown at once, sent when live). */
  react(conversationId: string, targetSeq: number, emoji: string, op: ReactionOp): void;
  /** Adds the reaction if the user has not made it, else removes it. */
  toggleReaction(conversationId: string, targetSeq: number, emoji: string): void;

  /** Agents: load the own profile into state.agent. */
  loadAgent(): Promise<Agent>;
  setStatus(status: AgentStatus, capacity?: number): Promise<Agent>;

  /** Closes the connection and timers; the client cannot be used afterwards. */
  dispose(): void;
}
