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
  /** How far each side has received and read the other side's messages (older servers omit it). */
  receipts?: Partial<Record<'CUSTOMER' | 'AGENT', ReceiptProgress>>;
}

/** One side's receipts of a conversation (`Conversation.receipts.CUSTOMER|AGENT`). */
export interface ReceiptProgress {
  deliveredUpTo: number;
  deliveredAt: string | null;
  readUpTo: number;
  readAt: string | null;
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
export type ConversationEventType =
  | 'MESSAGE'
  | 'ASSIGNED'
  | 'ENDED'
  | 'TRANSFERRED'
  | 'REQUEUED'
  | 'NOTE'
  /** `receiptStatus` DELIVERED or READ of every message of the other side up to `upToSeq` (not a line to show). */
  | 'RECEIPT'
  /** `op` ADD or REMOVE of `emoji` on the message at `targetSeq` (not a line to show). */
  | 'REACTION'
  /** An ENDED conversation was reopened by its customer (or staff): it waits in line again. */
  | 'REOPENED';
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
  /** MESSAGE: its files (empty or absent otherwise). */
  attachments?: Attachment[] | null;
  /** RECEIPT: DELIVERED or READ, up to `upToSeq`. */
  receiptStatus?: ReceiptStatus | null;
  upToSeq?: number | null;
  /** REACTION: the message reacted to, the emoji, ADD or REMOVE. */
  targetSeq?: number | null;
  emoji?: string | null;
  op?: ReactionOp | null;
}

export type ReceiptStatus = 'DELIVERED' | 'READ';
export type ReactionOp = 'ADD' | 'REMOVE';
export type FileKind = 'IMAGE' | 'PDF' | 'DOCUMENT' | 'TEXT' | 'VIDEO';

/** A file attached to a message (record Attachment); the bytes come through a signed link. */
export interface Attachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  kind: FileKind;
  width?: number | null;
  height?: number | null;
  hasThumbnail: boolean;
}

/** `POST /files` (201) and `GET /files/{id}`. */
export interface FileView extends Attachment {
  conversationId: string;
  uploaderId: string;
  createdAt: string;
}

export type FileVariant = 'ORIGINAL' | 'THUMBNAIL';

/** `POST /files/{id}/links`: a signed URL, valid until `expiresAt` (about 5 minutes). */
export interface FileLink {
  url: string;
  expiresAt: string;
}

/** Someone else is typing (or stopped), on `/user/queue/events` (record TypingUpdate); never stored. */
export interface TypingUpdate {
  type: 'TYPING';
  conversationId: string;
  userId: string;
  role: string;
  typing: boolean;
  at: string;
  /** Hide the indicator after this long without a refresh (6000). */
  expiresInMs: number;
}

/** `SEND /app/conversations/{id}/receipts` (record SendReceipt): cumulative, only advancing ones are stored. */
export interface SendReceipt {
  status: ReceiptStatus;
  upToSeq: number;
}

/** `SEND /app/conversations/{id}/reactions` (record SendReaction); idempotent per user, message and emoji. */
export interface SendReaction {
  targetSeq: number;
  emoji: string;
  op: ReactionOp;
}

/** `GET /queue/availability?department=`: may a new conversation expect an agent soon? */
export interface Availability {
  department: string | null;
  available: boolean;
  agentsOnline: number;
  /** Estimate for a new conversation; null when nobody who could take it is online. */
  estimatedWaitSeconds: number | null;
}

/** `POST /auth/customer`: a verified identity from the host site (`signature` = hex HMAC-SHA256 of externalId). */
export interface CustomerIdentityRequest {
  externalId: string;
  signature: string;
  name?: string;
  email?: string;
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
  /** 0–5 file ids from `POST /files`; the text may then be empty. */
  attachments?: string[];
}

/** Most files in one message (SendMessage.MAX_ATTACHMENTS). */
export const MAX_ATTACHMENTS = 5;

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
  sendReceipt: (conversationId: string) => `/app/conversations/${conversationId}/receipts`,
  sendTyping: (conversationId: string) => `/app/conversations/${conversationId}/typing`,
  sendReaction: (conversationId: string) => `/app/conversations/${conversationId}/reactions`,
  conversationTopic: (conversationId: string) => `/topic/conversations/${conversationId}`,
} as const;
