import type {
  Attachment,
  Conversation,
  ConversationEvent,
  ConversationPriority,
  ConversationStatus,
  CustomerPlatform,
  MessageAck,
  QueuePositionUpdate,
  ReactionOp,
  Role,
  TypingUpdate,
} from './contract.ts';

/**
 * Pure reducers for what a client knows about its conversations. The timeline holds the server's events in
 * seq order (holes allowed); `pending` holds this client's own messages not yet seen as events. Applying an
 * event twice, or an old one, changes nothing, so live delivery, gap repair and history loads can overlap.
 * A customer's state never holds a NOTE (staff-only transfer notes): it only advances `lastSeq` past one.
 */

export type LocalMessageStatus = 'pending' | 'sent' | 'failed';

/** A message this client sent that has not come back as a MESSAGE event yet. */
export interface LocalMessage {
  conversationId: string;
  clientMessageId: string;
  senderId: string;
  text: string;
  at: string;
  status: LocalMessageStatus;
  /** Set once acked. */
  seq: number | null;
  messageId: string | null;
  /** Why the server refused it (status failed). */
  error: string | null;
  /** Files sent with it (absent: none). */
  attachments?: Attachment[];
}

/** The two sides of a conversation: a receipt by one side covers the other side's messages. */
export type Side = 'CUSTOMER' | 'AGENT';

/** One advance of a side's receipts: every message of the other side up to `upToSeq`, at `at`. */
export interface ReceiptMark {
  upToSeq: number;
  at: string;
}

/** A side's receipts in the order they advanced (strictly increasing `upToSeq`; READ counts as delivered). */
export interface SideReceipts {
  delivered: readonly ReceiptMark[];
  read: readonly ReceiptMark[];
}

/** Someone else typing now; hidden after `until` (epoch ms, this device's clock). */
export interface TypingPerson {
  userId: string;
  role: string;
  until: number;
}

export interface ConversationView {
  id: string;
  customerId: string | null;
  agentId: string | null;
  agentName: string | null;
  department: string | null;
  status: ConversationStatus;
  createdAt: string | null;
  assignedAt: string | null;
  endedAt: string | null;
  /** What the customer told at the start, and where from (null when unknown). */
  customerName: string | null;
  customerEmail: string | null;
  platform: CustomerPlatform | null;
  pageUrl: string | null;
  userAgent: string | null;
  /** The customer's pre-chat urgency (null: none chosen or unknown) and the skills it needs. */
  priority: ConversationPriority | null;
  skills: readonly string[];
  /** Highest seq applied to the timeline. */
  lastSeq: number;
  timeline: ConversationEvent[];
  pending: LocalMessage[];
  /** Place in line while QUEUED (1 = next), else null. */
  queuePosition: number | null;
  queuePositionAt: string | null;
  /** While QUEUED: expected seconds until an agent takes it; null when unknown or nobody can take it now. */
  estimatedWaitSeconds: number | null;
  /** While QUEUED: nobody who could take it is online; the customer may leave a message (it stays in line). */
  offerLeaveMessage: boolean;
  /** Messages from others with seq above `readSeq`. */
  unread: number;
  readSeq: number;
  /** RECEIPT events reduced: what each side has received and read of the other side's messages. */
  receipts: Readonly<Record<Side, SideReceipts>>;
  /** REACTION events reduced: message seq → emoji → the users who reacted with it (in order). */
  reactions: Readonly<Record<number, Readonly<Record<string, readonly string[]>>>>;
  /** Who else is typing (TYPING pushes; never stored by the server). */
  typing: readonly TypingPerson[];
  /** This user's reaction changes not yet seen as REACTION events (shown at once, sent when live). */
  pendingReactions: readonly PendingReaction[];
}

export interface PendingReaction {
  targetSeq: number;
  emoji: string;
  op: ReactionOp;
}

export interface ConversationsState {
  /** The signed-in user: their own messages never count as unread. */
  selfId: string | null;
  /**
   * A customer session (no AGENT, SUPERVISOR or ADMIN role): NOTE events are dropped, never stored.
   * Absent means false (state built by hand, e.g. in a dashboard's tests).
   */
  hideNotes?: boolean;
  byId: Readonly<Record<string, ConversationView>>;
}

export type ConversationAction =
  /** Who is signed in; `roles` decides whether NOTE events are kept (staff) or dropped (customers). */
  | { type: 'session'; selfId: string | null; roles?: readonly Role[] }
  | { type: 'event'; event: ConversationEvent }
  | { type: 'events'; events: readonly ConversationEvent[] }
  | { type: 'queuePosition'; update: QueuePositionUpdate }
  | { type: 'localSend'; message: Omit<LocalMessage, 'status' | 'seq' | 'messageId' | 'error'> }
  | { type: 'ack'; ack: MessageAck }
  | { type: 'sendFailed'; conversationId: string; clientMessageId: string; reason: string }
  | { type: 'discardLocal'; conversationId: string; clientMessageId: string }
  | { type: 'conversationLoaded'; conversation: Conversation }
  | { type: 'conversationsLoaded'; conversations: readonly Conversation[] }
  /** A fresh snapshot: the conversation and its events from the start (replaces the timeline). */
  | { type: 'historyLoaded'; conversation: Conversation; events: readonly ConversationEvent[] }
  | { type: 'markRead'; conversationId: string }
  /** A TYPING push; `now` (epoch ms) starts its expiry on this device's clock. */
  | { type: 'typing'; update: TypingUpdate; now: number }
  /** Hides typing indicators whose time is up. */
  | { type: 'typingExpired'; conversationId: string; now: number }
  /** This user adds or removes a reaction (pending until its REACTION event, or dropped). */
  | { type: 'localReaction'; conversationId: string; reaction: PendingReaction }
  | { type: 'reactionDropped'; conversationId: string; reaction: PendingReaction }
  | { type: 'reset' };

export const initialConversationsState: ConversationsState = { selfId: null, hideNotes: false, byId: {} };

const STAFF_ROLES: readonly Role[] = ['AGENT', 'SUPERVISOR', 'ADMIN'];

/** Without roles (a tool that only names the user) notes are kept; the client always passes the roles. */
function hidesNotes(roles: readonly Role[] | undefined): boolean {
  return roles !== undefined && !roles.some((role) => STAFF_ROLES.includes(role));
}

export function emptyConversation(id: string): ConversationView {
  return {
    id,
    customerId: null,
    agentId: null,
    agentName: null,
    department: null,
    status: 'QUEUED',
    createdAt: null,
    assignedAt: null,
    endedAt: null,
    customerName: null,
    customerEmail: null,
    platform: null,
    pageUrl: null,
    userAgent: null,
    priority: null,
    skills: [],
    lastSeq: 0,
    timeline: [],
    pending: [],
    queuePosition: null,
    queuePositionAt: null,
    estimatedWaitSeconds: null,
    offerLeaveMessage: false,
    unread: 0,
    readSeq: 0,
    receipts: NO_RECEIPTS,
    reactions: {},
    typing: [],
    pendingReactions: [],
  };
}

const NO_RECEIPTS: Record<Side, SideReceipts> = {
  CUSTOMER: { delivered: [], read: [] },
  AGENT: { delivered: [], read: [] },
};

/** CUSTOMER for the customer's events, AGENT for anyone on the staff side. */
export function sideOf(role: string): Side {
  return role === 'CUSTOMER' || role === 'GUEST' ? 'CUSTOMER' : 'AGENT';
}

export function conversationsReducer(
  state: ConversationsState,
  action: ConversationAction,
): ConversationsState {
  switch (action.type) {
    case 'session':
      return changeSession(state, action.selfId, hidesNotes(action.roles));
    case 'reset':
      return initialConversationsState;
    case 'event':
      return update(state, action.event.conversationId, (view) => applyEvent(view, action.event, state));
    case 'events':
      return [...action.events]
        .sort((a, b) => a.seq - b.seq)
        .reduce((next, event) => conversationsReducer(next, { type: 'event', event }), state);
    case 'queuePosition':
      return update(state, action.update.conversationId, (view) => applyQueuePosition(view, action.update));
    case 'localSend':
      return update(state, action.message.conversationId, (view) =>
        view.pending.some((m) => m.clientMessageId === action.message.clientMessageId) ||
        view.timeline.some((e) => e.clientMessageId === action.message.clientMessageId)
          ? view
          : {
              ...view,
              pending: [
                ...view.pending,
                { ...action.message, status: 'pending', seq: null, messageId: null, error: null },
              ],
            },
      );
    case 'ack':
      return updatePending(state, action.ack.conversationId, action.ack.clientMessageId, (m) =>
        m.status === 'sent' && m.seq === action.ack.seq
          ? m
          : { ...m, status: 'sent', seq: action.ack.seq, messageId: action.ack.messageId, error: null },
      );
    case 'sendFailed':
      return updatePending(state, action.conversationId, action.clientMessageId, (m) => ({
        ...m,
        status: 'failed',
        error: action.reason,
      }));
    case 'discardLocal':
      return update(state, action.conversationId, (view) => ({
        ...view,
        pending: view.pending.filter((m) => m.clientMessageId !== action.clientMessageId),
      }));
    case 'conversationLoaded':
      return update(state, action.conversation.id, (view) => mergeMetadata(view, action.conversation));
    case 'conversationsLoaded':
      return action.conversations.reduce(
        (next, conversation) => conversationsReducer(next, { type: 'conversationLoaded', conversation }),
        state,
      );
    case 'historyLoaded':
      return update(state, action.conversation.id, (view) =>
        loadHistory(view, action.conversation, action.events, state),
      );
    case 'typing':
      return update(state, action.update.conversationId, (view) =>
        applyTyping(view, action.update, action.now),
      );
    case 'typingExpired':
      return state.byId[action.conversationId]
        ? update(state, action.conversationId, (view) => {
            const typing = view.typing.filter((t) => t.until > action.now);
            return typing.length === view.typing.length ? view : { ...view, typing };
          })
        : state;
    case 'localReaction':
      return update(state, action.conversationId, (view) => {
        const others = view.pendingReactions.filter((p) => !sameReaction(p, action.reaction));
        // Already so on the server (e.g. undoing a change still in flight): nothing to show as pending.
        const settled = hasReacted(view, action.reaction, state.selfId) === (action.reaction.op === 'ADD');
        return { ...view, pendingReactions: settled ? others : [...others, action.reaction] };
      });
    case 'reactionDropped':
      return update(state, action.conversationId, (view) =>
        view.pendingReactions.some((p) => p === action.reaction)
          ? { ...view, pendingReactions: view.pendingReactions.filter((p) => p !== action.reaction) }
          : view,
      );
    case 'markRead':
      return state.byId[action.conversationId]
        ? update(state, action.conversationId, (view) =>
            view.unread === 0 && view.readSeq === view.lastSeq
              ? view
              : { ...view, unread: 0, readSeq: view.lastSeq },
          )
        : state;
  }
}

/** Another user starts afresh; the same user keeps the conversations (without notes once they are hidden). */
function changeSession(
  state: ConversationsState,
  selfId: string | null,
  hideNotes: boolean,
): ConversationsState {
  if (selfId !== state.selfId) {
    return { selfId, hideNotes, byId: {} };
  }
  if (hideNotes === (state.hideNotes ?? false)) {
    return state;
  }
  const byId = hideNotes
    ? Object.fromEntries(
        Object.entries(state.byId).map(([id, view]) => [
          id,
          { ...view, timeline: view.timeline.filter((e) => e.type !== 'NOTE') },
        ]),
      )
    : state.byId;
  return { ...state, hideNotes, byId };
}

function update(
  state: ConversationsState,
  id: string,
  change: (view: ConversationView) => ConversationView,
): ConversationsState {
  const before = state.byId[id] ?? emptyConversation(id);
  const after = change(before);
  return after === state.byId[id] ? state : { ...state, byId: { ...state.byId, [id]: after } };
}

function updatePending(
  state: ConversationsState,
  conversationId: string,
  clientMessageId: string,
  change: (message: LocalMessage) => LocalMessage,
): ConversationsState {
  const view = state.byId[conversationId];
  const index = view?.pending.findIndex((m) => m.clientMessageId === clientMessageId) ?? -1;
  if (!view || index < 0) {
    return state;
  }
  const before = view.pending[index]!;
  const after = change(before);
  if (after === before) {
    return state;
  }
  const pending = view.pending.slice();
  pending[index] = after;
  return { ...state, byId: { ...state.byId, [conversationId]: { ...view, pending } } };
}

type Audience = Pick<ConversationsState, 'selfId' | 'hideNotes'>;

/** Not waiting (any more): no place in line, no estimate. */
const NOT_WAITING = {
  queuePosition: null,
  queuePositionAt: null,
  estimatedWaitSeconds: null,
  offerLeaveMessage: false,
} as const;

/** Back in line (requeued, or transferred to a department): no agent; the next position update says where. */
function backInLine(next: ConversationView, department: string | null | undefined): void {
  if (next.status === 'ENDED') {
    return;
  }
  Object.assign(next, NOT_WAITING, {
    status: 'QUEUED',
    agentId: null,
    agentName: null,
    assignedAt: null,
    department: department ?? next.department,
  });
}

function applyEvent(view: ConversationView, event: ConversationEvent, audience: Audience): ConversationView {
  if (event.seq <= view.lastSeq) {
    return view;
  }
  if (event.type === 'NOTE' && audience.hideNotes) {
    // Defence in depth: the server never sends a customer a note; should one arrive, only its seq counts.
    return { ...view, lastSeq: event.seq };
  }
  const selfId = audience.selfId;
  const next: ConversationView = { ...view, lastSeq: event.seq, timeline: [...view.timeline, event] };
  switch (event.type) {
    case 'MESSAGE':
      if (
        event.clientMessageId !== null &&
        view.pending.some((m) => m.clientMessageId === event.clientMessageId)
      ) {
        next.pending = view.pending.filter((m) => m.clientMessageId !== event.clientMessageId);
      }
      if (event.senderRole === 'CUSTOMER' && next.customerId === null) {
        next.customerId = event.senderId;
      }
      if (next.createdAt === null) {
        next.createdAt = event.at;
      }
      if (event.senderId !== selfId && event.seq > view.readSeq) {
        next.unread = view.unread + 1;
      }
      if (view.typing.some((t) => t.userId === event.senderId)) {
        next.typing = view.typing.filter((t) => t.userId !== event.senderId);
      }
      break;
    case 'RECEIPT':
      // Kept in the timeline (a snapshot merge needs every event) but never shown as a line.
      next.receipts = applyReceipt(view.receipts, event);
      break;
    case 'REACTION':
      next.reactions = applyReaction(view.reactions, event);
      if (event.senderId === selfId && view.pendingReactions.length > 0) {
        next.pendingReactions = view.pendingReactions.filter(
          (p) => hasReacted(next, p, selfId) !== (p.op === 'ADD'),
        );
      }
      break;
    case 'REOPENED':
      Object.assign(next, NOT_WAITING, {
        status: 'QUEUED',
        agentId: null,
        agentName: null,
        assignedAt: null,
        endedAt: null,
      });
      break;
    case 'ASSIGNED':
      if (next.status !== 'ENDED') {
        next.status = 'ACTIVE';
      }
      next.agentId = event.agentId;
      next.agentName = event.agentName;
      next.assignedAt = event.at;
      Object.assign(next, NOT_WAITING);
      break;
    case 'ENDED':
      next.status = 'ENDED';
      next.endedAt = event.at;
      Object.assign(next, NOT_WAITING);
      break;
    case 'TRANSFERRED':
      // To an agent: the ASSIGNED that follows names them. To a department: it waits in that lane.
      if (event.agentId === null) {
        backInLine(next, event.department);
      }
      break;
    case 'REQUEUED':
      backInLine(next, event.department);
      break;
    case 'NOTE':
      break;
  }
  return next;
}

function applyReceipt(
  receipts: Record<Side, SideReceipts>,
  event: ConversationEvent,
): Record<Side, SideReceipts> {
  const upToSeq = event.upToSeq ?? 0;
  const side = sideOf(event.senderRole);
  const before = receipts[side];
  const advance = (marks: readonly ReceiptMark[]) =>
    upToSeq > (marks.at(-1)?.upToSeq ?? 0) ? [...marks, { upToSeq, at: event.at }] : marks;
  const after: SideReceipts = {
    delivered: advance(before.delivered),
    read: event.receiptStatus === 'READ' ? advance(before.read) : before.read,
  };
  return after.delivered === before.delivered && after.read === before.read
    ? receipts
    : { ...receipts, [side]: after };
}

function applyReaction(
  reactions: ConversationView['reactions'],
  event: ConversationEvent,
): ConversationView['reactions'] {
  const target = event.targetSeq;
  const emoji = event.emoji;
  if (target === null || target === undefined || !emoji) {
    return reactions;
  }
  const onMessage = reactions[target] ?? {};
  const users = onMessage[emoji] ?? [];
  const has = users.includes(event.senderId);
  if (event.op === 'REMOVE' ? !has : has) {
    return reactions; // the server stores no repeat; this guards a replay all the same
  }
  const nextUsers =
    event.op === 'REMOVE' ? users.filter((u) => u !== event.senderId) : [...users, event.senderId];
  const nextMessage: Record<string, readonly string[]> = { ...onMessage, [emoji]: nextUsers };
  if (nextUsers.length === 0) {
    delete nextMessage[emoji];
  }
  return { ...reactions, [target]: nextMessage };
}

function sameReaction(a: PendingReaction, b: PendingReaction): boolean {
  return a.targetSeq === b.targetSeq && a.emoji === b.emoji;
}

/** Whether the server's state (REACTION events) has `selfId`'s reaction with that emoji on that message. */
function hasReacted(
  view: Pick<ConversationView, 'reactions'>,
  reaction: Pick<PendingReaction, 'targetSeq' | 'emoji'>,
  selfId: string | null,
): boolean {
  return selfId !== null && (view.reactions[reaction.targetSeq]?.[reaction.emoji] ?? []).includes(selfId);
}

function applyTyping(view: ConversationView, update: TypingUpdate, now: number): ConversationView {
  const others = view.typing.filter((t) => t.userId !== update.userId);
  if (!update.typing) {
    return others.length === view.typing.length ? view : { ...view, typing: others };
  }
  const until = now + (update.expiresInMs > 0 ? update.expiresInMs : 6000);
  return { ...view, typing: [...others, { userId: update.userId, role: update.role, until }] };
}

function applyQueuePosition(view: ConversationView, update: QueuePositionUpdate): ConversationView {
  if (view.status !== 'QUEUED') {
    return view;
  }
  // Older servers send neither field: no estimate, no leave-a-message offer.
  const estimate = update.estimatedWaitSeconds ?? null;
  const offer = update.offerLeaveMessage === true;
  return view.queuePosition === update.position &&
    view.queuePositionAt === update.at &&
    view.estimatedWaitSeconds === estimate &&
    view.offerLeaveMessage === offer
    ? view
    : {
        ...view,
        queuePosition: update.position,
        queuePositionAt: update.at,
        estimatedWaitSeconds: estimate,
        offerLeaveMessage: offer,
      };
}

/**
 * Metadata and events describe the same history; `lastSeq` says which is more recent. Metadata that has seen
 * more events than the view decides status, agent and department until those events arrive; older (or equal)
 * metadata only fills in what the events do not tell, so it never undoes an assignment, a requeue or an end.
 */
function mergeMetadata(view: ConversationView, conversation: Conversation): ConversationView {
  const newer = conversation.lastSeq > view.lastSeq;
  // Equal status: metadata may fill gaps (e.g. an agent name); otherwise the view's null was set by an event.
  const fill = newer || conversation.status === view.status;
  const pick = <T>(mine: T | null, theirs: T | null): T | null =>
    newer ? theirs : fill ? (mine ?? theirs) : mine;
  const next: ConversationView = {
    ...view,
    customerId: view.customerId ?? conversation.customerId,
    department: newer ? conversation.department : (view.department ?? conversation.department),
    createdAt: view.createdAt ?? conversation.createdAt,
    status: newer ? conversation.status : view.status,
    agentId: pick(view.agentId, conversation.agentId),
    agentName: pick(view.agentName, conversation.agentName),
    assignedAt: pick(view.assignedAt, conversation.assignedAt),
    endedAt: pick(view.endedAt, conversation.endedAt),
    customerName: view.customerName ?? conversation.customerName ?? null,
    customerEmail: view.customerEmail ?? conversation.customerEmail ?? null,
    platform: view.platform ?? conversation.platform ?? null,
    pageUrl: view.pageUrl ?? conversation.pageUrl ?? null,
    userAgent: view.userAgent ?? conversation.userAgent ?? null,
    priority: conversation.priority === undefined ? view.priority : conversation.priority,
    skills:
      conversation.skills === undefined || sameList(view.skills, conversation.skills)
        ? view.skills
        : conversation.skills,
  };
  if (next.status !== 'QUEUED') {
    Object.assign(next, NOT_WAITING);
  }
  return sameFields(view, next) ? view : next;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function loadHistory(
  view: ConversationView,
  conversation: Conversation,
  events: readonly ConversationEvent[],
  audience: Audience,
): ConversationView {
  const base: ConversationView = {
    ...emptyConversation(view.id),
    pending: view.pending,
    readSeq: view.readSeq,
    queuePosition: view.queuePosition,
    queuePositionAt: view.queuePositionAt,
    estimatedWaitSeconds: view.estimatedWaitSeconds,
    offerLeaveMessage: view.offerLeaveMessage,
    typing: view.typing,
    pendingReactions: view.pendingReactions,
  };
  // Events are immutable, so a snapshot older than what arrived live meanwhile loses nothing: merge by seq.
  const bySeq = new Map<number, ConversationEvent>();
  for (const event of [...view.timeline, ...events]) {
    if (event.conversationId === view.id) {
      bySeq.set(event.seq, event);
    }
  }
  const sorted = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  const replayed = sorted.reduce((next, event) => applyEvent(next, event, audience), base);
  return mergeMetadata(replayed, conversation);
}

function sameFields(a: ConversationView, b: ConversationView): boolean {
  return (Object.keys(b) as Array<keyof ConversationView>).every((key) => a[key] === b[key]);
}

// --- selectors

/** The conversation's messages to show: confirmed ones in seq order, then this client's unconfirmed ones. */
export interface DisplayMessage {
  key: string;
  seq: number | null;
  senderId: string;
  senderRole: 'CUSTOMER' | 'AGENT' | 'SYSTEM';
  type: ConversationEvent['type'];
  text: string | null;
  /** ASSIGNED: who joined; TRANSFERRED: the target agent (null for a department); else null. */
  agentName: string | null;
  at: string;
  status: LocalMessageStatus | 'confirmed';
  mine: boolean;
  /** The message's files (empty for none and for system lines). */
  attachments: readonly Attachment[];
  /** A stored MESSAGE: how far the other side got with it (null before delivery and for system lines). */
  receipt: 'delivered' | 'read' | null;
  deliveredAt: string | null;
  readAt: string | null;
  /** Reactions on a stored MESSAGE, in the order they first appeared. */
  reactions: readonly ReactionCount[];
}

export interface ReactionCount {
  emoji: string;
  count: number;
  /** The signed-in user reacted with it. */
  mine: boolean;
}

/** Events that change other lines (ticks, reactions) and are not lines themselves. */
const NOT_LINES: ReadonlySet<ConversationEvent['type']> = new Set(['RECEIPT', 'REACTION']);

/** When the other side received and read the message at `seq` sent by `senderRole` (nulls: not yet). */
export function messageReceipt(
  view: Pick<ConversationView, 'receipts'>,
  seq: number,
  senderRole: string,
): { receipt: 'delivered' | 'read' | null; deliveredAt: string | null; readAt: string | null } {
  const other = view.receipts[sideOf(senderRole) === 'CUSTOMER' ? 'AGENT' : 'CUSTOMER'];
  const deliveredAt = other.delivered.find((m) => m.upToSeq >= seq)?.at ?? null;
  const readAt = other.read.find((m) => m.upToSeq >= seq)?.at ?? null;
  return { receipt: readAt ? 'read' : deliveredAt ? 'delivered' : null, deliveredAt, readAt };
}

/** The reactions on the message at `seq`, counted per emoji, with this user's pending changes shown. */
export function messageReactions(
  view: Pick<ConversationView, 'reactions' | 'pendingReactions'>,
  seq: number,
  selfId: string | null,
): ReactionCount[] {
  const counts = new Map<string, ReactionCount>();
  for (const [emoji, users] of Object.entries(view.reactions[seq] ?? {})) {
    counts.set(emoji, { emoji, count: users.length, mine: selfId !== null && users.includes(selfId) });
  }
  for (const pending of view.pendingReactions.filter((p) => p.targetSeq === seq)) {
    const now = counts.get(pending.emoji) ?? { emoji: pending.emoji, count: 0, mine: false };
    const mine = pending.op === 'ADD';
    if (now.mine !== mine) {
      counts.set(pending.emoji, { emoji: pending.emoji, count: now.count + (mine ? 1 : -1), mine });
    }
  }
  return [...counts.values()].filter((r) => r.count > 0);
}

export function selectTimeline(view: ConversationView, selfId: string | null): DisplayMessage[] {
  const confirmed: DisplayMessage[] = view.timeline
    .filter((e) => !NOT_LINES.has(e.type))
    .map((e) => ({
      key: e.clientMessageId ?? e.id,
      seq: e.seq,
      senderId: e.senderId,
      senderRole: e.senderRole,
      type: e.type,
      text: e.text,
      agentName: e.agentName,
      at: e.at,
      status: 'confirmed',
      mine: e.senderId === selfId,
      attachments: e.attachments ?? [],
      ...(e.type === 'MESSAGE'
        ? messageReceipt(view, e.seq, e.senderRole)
        : { receipt: null, deliveredAt: null, readAt: null }),
      reactions: e.type === 'MESSAGE' ? messageReactions(view, e.seq, selfId) : [],
    }));
  const local: DisplayMessage[] = view.pending.map((m) => ({
    key: m.clientMessageId,
    seq: m.seq,
    senderId: m.senderId,
    senderRole: view.customerId === m.senderId ? 'CUSTOMER' : 'AGENT',
    type: 'MESSAGE',
    text: m.text,
    agentName: null,
    at: m.at,
    status: m.status,
    mine: true,
    attachments: m.attachments ?? [],
    receipt: null,
    deliveredAt: null,
    readAt: null,
    reactions: [],
  }));
  return [...confirmed, ...local];
}

/** Conversations, most recent activity first. */
export function selectConversations(state: ConversationsState): ConversationView[] {
  const activity = (v: ConversationView) =>
    v.timeline.filter((e) => !NOT_LINES.has(e.type)).at(-1)?.at ?? v.createdAt ?? '';
  return Object.values(state.byId).sort((a, b) => activity(b).localeCompare(activity(a)));
}

export function selectTotalUnread(state: ConversationsState): number {
  return Object.values(state.byId).reduce((sum, v) => sum + v.unread, 0);
}
