import { StaffHttp, type StaffHttpOptions, type StaffMethod } from './staffHttp.ts';
import type { Agent, AgentStatus } from './contract.ts';
import { ApiError } from './errors.ts';

/**
 * The staff side of routing (docs/architecture.md, "Routing (issue 4)"): versioned routing rules, the live
 * queue, the manual list, take / assign / transfer / priority, assignment decisions, agents' departments and
 * skills, and customers' VIP flag. Calls go through {@link RoutingApi}, which borrows the SDK's tokens
 * (`client.api`) so a 401 refreshes once and retries once, and whose errors are {@link ApiError}s.
 * Names start with Routing/Rule/Queue… so they never clash with the customer side's contract types.
 */

/** Priorities, lowest first (Java `Priority`). */
export const ROUTING_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
export type RoutingPriority = (typeof ROUTING_PRIORITIES)[number];

export const ROUTING_STRATEGIES = ['MOST_SPARE_CAPACITY', 'ROUND_ROBIN', 'LONGEST_IDLE'] as const;
export type RoutingStrategy = (typeof ROUTING_STRATEGIES)[number];

export const ROUTING_MODES = ['AUTOMATIC', 'MANUAL'] as const;
export type RoutingMode = (typeof ROUTING_MODES)[number];

export const NO_AGENT_ONLINE_POLICIES = ['WAIT', 'LEAVE_MESSAGE'] as const;
export type NoAgentOnlinePolicy = (typeof NO_AGENT_ONLINE_POLICIES)[number];

// --- rule sets

export interface RoutingDepartmentPolicy {
  strategy?: RoutingStrategy;
  mode?: RoutingMode;
  whenNoAgentOnline?: NoAgentOnlinePolicy;
  overflow?: { afterSeconds: number; to: string };
}

export interface RoutingRule {
  name: string;
  when?: {
    departments?: string[];
    textContainsAny?: string[];
    vip?: boolean;
    platforms?: string[];
    emailDomains?: string[];
    priorityAtLeast?: RoutingPriority;
    skillsAll?: string[];
  };
  then?: { priority?: RoutingPriority; department?: string; addSkills?: string[] };
}

export interface RoutingEscalation {
  name: string;
  when?: {
    waitingSecondsAtLeast?: number;
    vip?: boolean;
    priorityAtLeast?: RoutingPriority;
    departments?: string[];
  };
  then?: { raisePriorityTo?: RoutingPriority; overflowTo?: string; alertSupervisors?: boolean };
}

/** One rule set document; every field is optional and omitted ones take the defaults. */
export interface RuleSetDefinition {
  departments?: Record<string, RoutingDepartmentPolicy>;
  aging?: { secondsPerLevel?: number };
  vipPriority?: RoutingPriority;
  rules?: RoutingRule[];
  escalations?: RoutingEscalation[];
  requeue?: { noAgentReplySeconds?: number; agentOfflineGraceSeconds?: number };
}

export type RuleSetStatus = 'DRAFT' | 'ACTIVE' | 'RETIRED';

/** A stored rule set; `definition` only on `GET /rules/{version}` and `/rules/active` (version 0 = built-in). */
export interface RuleSetVersion {
  version: number;
  status: RuleSetStatus;
  comment: string | null;
  createdBy: string | null;
  createdAt: string | null;
  activatedAt: string | null;
  definition?: RuleSetDefinition;
}

/** `path` like `departments.sales.overflow.to` or `rules[0].then.priority`. */
export interface RuleValidationError {
  path: string;
  message: string;
}

export interface RuleValidation {
  valid: boolean;
  errors: RuleValidationError[];
}

/** The `errors` of a 400 problem from validate, save or activate; empty for any other error. */
export function ruleErrorsOf(error: unknown): RuleValidationError[] {
  if (!(error instanceof ApiError) || error.status !== 400) {
    return [];
  }
  const errors = error.problem?.errors;
  if (!Array.isArray(errors)) {
    return [];
  }
  return errors
    .filter((e): e is { path?: unknown; message?: unknown } => e !== null && typeof e === 'object')
    .map((e) => ({ path: text(e.path), message: text(e.message) }));
}

// --- the queue

/** A waiting conversation as `GET /queue` and `GET /queue/available` list it. */
export interface LiveQueueEntry {
  conversationId: string;
  customerId: string;
  /** null: the no-department lane, any online agent may take it. */
  department: string | null;
  /** The conversation's own priority (null: none chosen, counts as MEDIUM). */
  priority: RoutingPriority | null;
  /** Base level (VIP raised) plus one per `aging.secondsPerLevel` waited; orders the lane. */
  effectivePriority: number;
  vip: boolean;
  skills: string[];
  enqueuedAt: string;
  /** 1-based, within its department's lane. */
  position: number;
  /** null: nobody who could take it is online. */
  estimatedWaitSeconds: number | null;
  escalated: boolean;
  mode: RoutingMode;
}

/** An agent's routing state and load (`GET /queue` agents, `GET /queue/agents`). */
export interface LiveQueueAgent {
  agentId: string;
  displayName: string;
  status: AgentStatus;
  capacity: number;
  active: number;
  departments: string[];
  skills: string[];
}

export interface LiveQueue {
  waiting: LiveQueueEntry[];
  agents: LiveQueueAgent[];
}

/** `GET /queue/conversations/{id}` and the answer of take and priority. */
export interface QueueConversationDetails {
  conversationId: string;
  status: 'WAITING' | 'ASSIGNED' | 'ENDED';
  position: number | null;
  agentId: string | null;
  department: string | null;
  priority: RoutingPriority | null;
  estimatedWaitSeconds: number | null;
  offerLeaveMessage: boolean;
}

export const MAX_TRANSFER_NOTE_LENGTH = 1000;

/** Exactly one target; the note is for agents only (never shown to the customer). */
export type TransferTarget = { toAgentId: string; note?: string } | { toDepartment: string; note?: string };

/** The request body of a transfer; RangeError for what the server would refuse with 400. */
export function transferBody(target: TransferTarget): Record<string, string> {
  const agent = 'toAgentId' in target ? target.toAgentId.trim() : '';
  const department = 'toDepartment' in target ? target.toDepartment.trim() : '';
  if ((agent === '') === (department === '')) {
    throw new RangeError('name exactly one target: an agent or a department');
  }
  const note = target.note?.trim() ?? '';
  if (note.length > MAX_TRANSFER_NOTE_LENGTH) {
    throw new RangeError(`note longer than ${MAX_TRANSFER_NOTE_LENGTH} characters`);
  }
  return {
    ...(agent ? { toAgentId: agent } : { toDepartment: department }),
    ...(note ? { note } : {}),
  };
}

export type AssignmentKind = 'AUTOMATIC' | 'TAKEN' | 'SUPERVISOR' | 'TRANSFER';

/**
 * Why an agent was not eligible: OFFLINE, AWAY, AT_CAPACITY, NOT_IN_DEPARTMENT, `MISSING_SKILL <skill>`,
 * EXCLUDED (just gave it away); null when eligible.
 */
export type CandidateReason = string | null;

export interface AssignmentCandidate {
  agentId: string;
  eligible: boolean;
  reason: CandidateReason;
  spare: number;
  /** The strategy's ordering value. */
  score: number | null;
}

/** One assignment decision of `GET /queue/conversations/{id}/assignments` (oldest first). */
export interface AssignmentDecision {
  at: string;
  kind: AssignmentKind;
  agentId: string;
  previousAgentId: string | null;
  rulesVersion: number;
  matchedRules: string[];
  strategy: RoutingStrategy | null;
  department: string | null;
  priority: RoutingPriority | null;
  effectivePriority: number | null;
  vip: boolean;
  candidates: AssignmentCandidate[];
}

/**
 * Why `agent` could not take a conversation of `department` needing `skills` now (the server's checks for
 * transfer and assign, in its order and with its reason codes), or null when it could. The server decides;
 * this only explains choices before asking it.
 */
export function agentBlocker(
  agent: Pick<LiveQueueAgent, 'status' | 'capacity' | 'active' | 'departments' | 'skills'>,
  conversation: { department: string | null; skills?: readonly string[] | null },
): CandidateReason {
  if (agent.status !== 'ONLINE') {
    return agent.status;
  }
  if (agent.active >= agent.capacity) {
    return 'AT_CAPACITY';
  }
  if (conversation.department !== null && !agent.departments.includes(conversation.department)) {
    return 'NOT_IN_DEPARTMENT';
  }
  const missing = (conversation.skills ?? []).find((s) => !(agent.skills ?? []).includes(s));
  return missing === undefined ? null : `MISSING_SKILL ${missing}`;
}

// --- agents and customers (user-service)

/** user-service's Agent with its routing skills. */
export type RoutingAgent = Agent & { skills: string[] };

/** `PUT /agents/{id}` (ADMIN): departments and skills `[a-z0-9-]{1,40}`, ≤ 20 each, at least one department. */
export interface AgentRoutingUpdate {
  departments?: string[];
  skills?: string[];
  capacity?: number;
}

/** `GET /customers/{id}`: a customer nobody set yet is `vip: false`, `attributes: {}`, `updatedAt: null`. */
export interface CustomerProfile {
  customerId: string;
  vip: boolean;
  attributes: Record<string, string>;
  updatedAt: string | null;
}

export interface CustomerUpdate {
  vip: boolean;
  attributes?: Record<string, string>;
}

// --- the calls

export type RoutingApiOptions = StaffHttpOptions;

/** The staff routing endpoints of queue-service and user-service, typed. */
export class RoutingApi {
  private readonly http: StaffHttp;

  constructor(options: RoutingApiOptions) {
    this.http = new StaffHttp(options);
  }

  // --- routing rules (ADMIN writes; SUPERVISOR and ADMIN read)

  /** `{valid: true}`, or `{valid: false, errors}` from the 400 problem; other failures throw. */
  async validateRules(definition: RuleSetDefinition): Promise<RuleValidation> {
    try {
      const result = await this.request<RuleValidation>('POST', '/api/v1/queue/rules/validate', definition);
      return { valid: result?.valid ?? true, errors: result?.errors ?? [] };
    } catch (error) {
      const errors = ruleErrorsOf(error);
      if (errors.length > 0) {
        return { valid: false, errors };
      }
      throw error;
    }
  }

  /** Stores a DRAFT; a 400 carries `errors` (see {@link ruleErrorsOf}). */
  saveRules(definition: RuleSetDefinition, comment?: string): Promise<RuleSetVersion> {
    const trimmed = comment?.trim();
    return this.request(
      'POST',
      '/api/v1/queue/rules',
      trimmed ? { definition, comment: trimmed } : { definition },
    );
  }

  /** Every version without definitions, newest first. */
  listRules(): Promise<RuleSetVersion[]> {
    return this.request('GET', '/api/v1/queue/rules');
  }

  rules(version: number): Promise<RuleSetVersion> {
    return this.request('GET', `/api/v1/queue/rules/${version}`);
  }

  /** The active version with its definition (version 0: the built-in default). */
  activeRules(): Promise<RuleSetVersion> {
    return this.request('GET', '/api/v1/queue/rules/active');
  }

  /** Validated again by the server; the previous ACTIVE becomes RETIRED. */
  activateRules(version: number): Promise<RuleSetVersion> {
    return this.request('POST', `/api/v1/queue/rules/${version}/activate`);
  }

  // --- the queue

  /** SUPERVISOR, ADMIN: the whole line and every agent's load. */
  liveQueue(): Promise<LiveQueue> {
    return this.request('GET', '/api/v1/queue');
  }

  /** Transfer targets: every agent's routing state and load. */
  queueAgents(): Promise<LiveQueueAgent[]> {
    return this.request('GET', '/api/v1/queue/agents');
  }

  /** Waiting conversations of MANUAL departments the caller could take now, in line order. */
  availableChats(): Promise<LiveQueueEntry[]> {
    return this.request('GET', '/api/v1/queue/available');
  }

  queueConversation(conversationId: string): Promise<QueueConversationDetails> {
    return this.request('GET', conversationPath(conversationId));
  }

  /** AGENT: take a waiting conversation from the manual list; 409 says why not. */
  take(conversationId: string): Promise<QueueConversationDetails> {
    return this.request('POST', `${conversationPath(conversationId)}/take`);
  }

  /** SUPERVISOR, ADMIN: a waiting conversation to that agent, or an assigned one moved to them; 409 says why not. */
  async assign(conversationId: string, agentId: string): Promise<void> {
    await this.request('POST', `${conversationPath(conversationId)}/assign`, { agentId });
  }

  /** The assigned agent, SUPERVISOR, ADMIN: to an agent (409 says why not) or to a department's lane. */
  async transfer(conversationId: string, target: TransferTarget): Promise<void> {
    await this.request('POST', `${conversationPath(conversationId)}/transfer`, transferBody(target));
  }

  setPriority(conversationId: string, priority: RoutingPriority): Promise<QueueConversationDetails> {
    return this.request('PUT', `${conversationPath(conversationId)}/priority`, { priority });
  }

  /** SUPERVISOR, ADMIN: every assignment decision, oldest first. */
  assignments(conversationId: string): Promise<AssignmentDecision[]> {
    return this.request('GET', `${conversationPath(conversationId)}/assignments`);
  }

  // --- user-service

  /** ADMIN: an agent's departments, skills or capacity (omitted ones are kept). */
  updateAgent(agentId: string, update: AgentRoutingUpdate): Promise<RoutingAgent> {
    return this.request('PUT', `/api/v1/agents/${encodeURIComponent(agentId)}`, update);
  }

  customer(customerId: string): Promise<CustomerProfile> {
    return this.request('GET', `/api/v1/customers/${encodeURIComponent(customerId)}`);
  }

  /** SUPERVISOR, ADMIN. */
  updateCustomer(customerId: string, update: CustomerUpdate): Promise<CustomerProfile> {
    return this.request('PUT', `/api/v1/customers/${encodeURIComponent(customerId)}`, update);
  }

  private request<T>(method: StaffMethod, path: string, body?: unknown): Promise<T> {
    return this.http.request<T>(method, path, body);
  }
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function conversationPath(conversationId: string): string {
  return `/api/v1/queue/conversations/${encodeURIComponent(conversationId)}`;
}
