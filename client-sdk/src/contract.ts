/**
 * The wire contract with the Parley server, mirrored from docs/architecture.md and the Java records in
 * shared-contracts (io.parley.contracts.stomp). Change these only together with the server.
 * UUIDs and instants travel as strings (ISO-8601 for instants).
 */

export type Role = 'GUEST' | 'CUSTOMER' | 'AGENT' | 'SUPERVISOR' | 'ADMIN';

/** `POST /auth/guest|login|refresh` answer. `expiresIn` is in seconds. */
export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  userId: string;
  roles: Role[];
}

export interface GuestRequest {
  name?: string;
  email?: string;
}

export type ConversationStatus = 'QUEUED' | 'ACTIVE' | 'ENDED';

/** `GET /conversations/{id}`. */
export interface Conversation {
  id: string;
  customerId: string;
  agentId: string | null;
  agentName: string | null;
  department: string;
  status: ConversationStatus;
  lastSeq: number;
  createdAt: string;
  assignedAt: string | null;
  endedAt: string | null;
  /** What the customer told at the start (absent or null when they did not; older servers omit them). */
  customerName?: string | null;
  customerEmail?: string | null;
  /** Where the customer writes from; the server defaults it to 'web'. */
  platform?: CustomerPlatform | null;
  /** The http(s) page the customer was on when they started. */
  pageUrl?: string | null;
  userAgent?: string | null;
  /** The customer's pre-chat urgency (null when they chose none; older servers omit it). */
  priority?: ConversationPriority | null;
  /** Skills an agent needs for it (lower-cased, no duplicates; older servers omit it). */
  skills?: string[];
}

/** How urgent a conversation is; a conversation without one counts as MEDIUM in the line. */
export type ConversationPriority = 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';

export type CustomerPlatform = 'web' | 'ios' | 'android';

/**
 * Optional details about the customer sent with a start. Limits: customerName 100 characters, customerEmail 254
 * (must contain '@'), pageUrl 2000 (http/https only), userAgent 500; the server answers 400 otherwise.
 */
export interface CustomerDetails {
  customerName?: string;
  customerEmail?: string;
  platform?: CustomerPlatform;
  pageUrl?: string;
  userAgent?: string;
}

export interface StartConversationRequest extends CustomerDetails {
  clientMessageId: string;
  text: string;
  department?: string;
  /** The customer's pre-chat urgency; omit for none. */
  priority?: ConversationPriority;
  /** 0–10 skills an agent needs, each 1–40 of `[a-z0-9-]` (lower-cased; the server drops duplicates). */
  skills?: string[];
}

/**
 * MESSAGE, ASSIGNED, ENDED; TRANSFERRED (to another agent or a department; `text` is the line to show);
 * REQUEUED (the agent became unavailable, back in line; `text` is the line to show); NOTE (a transfer note,
 * staff only: the server never sends it to a customer, and the SDK drops it for a customer session).
 */
export type ConversationEventType = 'MESSAGE' | 'ASSIGNED' | 'ENDED' | 'TRANSFERRED' | 'REQUEUED' | 'NOTE';
export type SenderRole = 'CUSTOMER' | 'AGENT' | 'SYSTEM';

/** One timeline entry (record ConversationEvent), numbered by `seq` within its conversation (holes possible). */
export interface ConversationEvent {
  conversationId: string;
  seq: number;
  type: ConversationEventType;
  /** The message id for MESSAGE, otherwise the event id. */
  id: string;
  senderId: string;
  senderRole: SenderRole;
  text: string | null;
  /** The sender's id for MESSAGE, null otherwise. */
  clientMessageId: string | null;
  /** ASSIGNED: the assigned agent; TRANSFERRED: the target agent (null for a transfer to a department). */
  agentId: string | null;
  agentName: string | null;
  at: string;
  /** TRANSFERRED to a department: that department; REQUEUED: the lane it waits in; else null (older servers omit it). */
  department?: string | null;
}

/** A waiting customer's place in line (1 = next), on `/user/queue/events` (record QueuePositionUpdate). */
export interface QueuePositionUpdate {
  type: 'QUEUE_POSITION';
  conversationId: string;
  position: number;
  at: string;
  /** Expected seconds until an agent takes it (0: about now); null when nobody who could take it is online. */
  estimatedWaitSeconds: number | null;
  /**
   * True while nobody who could take it is online and its department offers leaving a message: the
   * conversation stays in line, the customer may keep writing and is answered later.
   */
  offerLeaveMessage: boolean;
}

/** Sent to the sending socket once the message is stored; a resend gets the same ack (record MessageAck). */
export interface MessageAck {
  conversationId: string;
  clientMessageId: string;
  messageId: string;
  seq: number;
}

/** A client's message (record SendMessage). */
export interface SendMessage {
  clientMessageId: string;
  text: string;
}

/** Longest text accepted, in characters (SendMessage.MAX_TEXT_LENGTH). */
export const MAX_TEXT_LENGTH = 4000;

export type AgentStatus = 'ONLINE' | 'AWAY' | 'OFFLINE';

/** `GET /agents/me`. */
export interface Agent {
  id: string;
  email: string;
  displayName: string;
  departments: string[];
  status: AgentStatus;
  capacity: number;
}

/** `GET /queue/conversations/{id}`: `position` and the estimate only mean something while WAITING. */
export interface QueuePosition {
  conversationId: string;
  status: 'WAITING' | 'ASSIGNED' | 'ENDED';
  position: number | null;
  agentId: string | null;
  department?: string | null;
  priority?: ConversationPriority | null;
  /** As in {@link QueuePositionUpdate} (older servers omit it). */
  estimatedWaitSeconds?: number | null;
  offerLeaveMessage?: boolean;
}

/** A conversation waiting in line; `department` null: any agent may take it. */
export interface WaitingConversation {
  conversationId: string;
  customerId: string;
  department: string | null;
  priority: string;
  enqueuedAt: string;
  position: number;
}

export interface AgentLoad {
  agentId: string;
  displayName: string;
  status: AgentStatus;
  capacity: number;
  active: number;
  departments: string[];
}

/** `GET /queue` (SUPERVISOR, ADMIN): the whole line and every agent's load. */
export interface QueueOverview {
  waiting: WaitingConversation[];
  agents: AgentLoad[];
}

/** RFC 9457 problem details, as every error answer carries. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

/** STOMP destinations (Destinations.java). */
export const Destinations = {
  ENDPOINT: '/ws',
  USER_EVENTS: '/user/queue/events',
  USER_ACKS: '/user/queue/acks',
  sendMessage: (conversationId: string) => `/app/conversations/${conversationId}/messages`,
  conversationTopic: (conversationId: string) => `/topic/conversations/${conversationId}`,
} as const;
