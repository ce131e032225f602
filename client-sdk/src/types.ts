import type {
  Agent,
  AgentStatus,
  Conversation,
  ConversationPriority,
  CustomerDetails,
  GuestRequest,
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
  /** Queues a message (outbox) and sends it when live; returns its clientMessageId. */
  send(conversationId: string, text: string): string;
  /** Drops a failed or still-pending message from the outbox and the view. */
  discard(conversationId: string, clientMessageId: string): void;
  end(conversationId: string): Promise<Conversation>;
  markRead(conversationId: string): void;

  /** Agents: load the own profile into state.agent. */
  loadAgent(): Promise<Agent>;
  setStatus(status: AgentStatus, capacity?: number): Promise<Agent>;

  /** Closes the connection and timers; the client cannot be used afterwards. */
  dispose(): void;
}
