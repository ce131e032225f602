-- Routing (issue 4): what the line needs for priorities with aging and VIP, skills, requeue and transfer to
-- the front of a lane, overflow, escalations, auto-requeue, published positions with estimates, and a record of
-- every assignment decision. The order of a lane depends on the time (aging) and on the active rule set, so
-- positions are computed in Java (io.parley.queue.line.LineOrder); the waiting_line view is gone.

-- last_released_at: when the agent last finished (or lost) a chat, for the LONGEST_IDLE strategy.
-- offline_since: since when the agent has been OFFLINE (null while ONLINE or AWAY), for auto-requeue.
alter table agents
    add column last_released_at timestamptz,
    add column offline_since    timestamptz;
update agents set offline_since = status_changed_at where status = 'OFFLINE';

-- skills: all must be among the agent's. vip: the customer's VIP flag (from customer.updated).
-- front_since: set while the conversation waits at the front of its lane after a requeue or a transfer to a
--   department (front entries go first, in the order they came back); cleared when it is assigned.
-- lane_since: when it entered its current lane (overflow counts from it). overflowed_from: lanes it already
--   overflowed out of (overflow happens once per department).
-- excluded_agents: agents it was requeued or transferred away from; they get it only if nobody else could.
-- agent_replied_at: the last message of the assigned agent since the assignment (auto-requeue looks at it).
-- rules_version, matched_rules: the rule set in force when it was queued and the rules that applied.
-- published_*: the position, estimate and leave-a-message offer last published to the customer.
alter table queue_entries
    add column skills             text[]      not null default '{}',
    add column vip                boolean     not null default false,
    add column front_since        timestamptz,
    add column lane_since         timestamptz,
    add column overflowed_from    text[]      not null default '{}',
    add column excluded_agents    text[]      not null default '{}',
    add column agent_replied_at   timestamptz,
    add column rules_version      bigint      not null default 0,
    add column matched_rules      text[]      not null default '{}',
    add column published_position integer,
    add column published_estimate integer,
    add column published_offer    boolean     not null default false;
update queue_entries set lane_since = enqueued_at;
alter table queue_entries alter column lane_since set not null, alter column lane_since set default now();

drop view waiting_line;
drop index queue_entries_waiting;
create index queue_entries_waiting on queue_entries (department) where status = 'WAITING';
create index queue_entries_customer_waiting on queue_entries (customer_id) where status = 'WAITING';
-- the recent handling times (assigned -> ended) of a department, for estimates
create index queue_entries_handled on queue_entries (coalesce(department, ''), ended_at desc)
    where status = 'ENDED' and assigned_at is not null;

-- The VIP flag of each customer staff set (customer.updated); a customer not listed is not VIP.
create table customers (
    customer_id text        primary key,
    vip         boolean     not null,
    updated_at  timestamptz not null
);

-- Escalation rules that fired, by name: each fires at most once per conversation.
create table escalations (
    conversation_id uuid        not null references queue_entries (conversation_id),
    rule            text        not null,
    fired_at        timestamptz not null,
    primary key (conversation_id, rule)
);

-- Every assignment decision (automatic, taken, by a supervisor, by transfer) with the candidates considered:
-- candidates = [{agentId, eligible, reason, spare, score}]. A conversation may be assigned several times
-- (requeue, transfer), but only while WAITING or by moving it from its current agent, under the queue lock.
create table assignment_decisions (
    id                 bigserial   primary key,
    conversation_id    uuid        not null references queue_entries (conversation_id),
    at                 timestamptz not null,
    kind               text        not null check (kind in ('AUTOMATIC', 'TAKEN', 'SUPERVISOR', 'TRANSFER')),
    agent_id           text        not null references agents (agent_id),
    previous_agent_id  text,
    rules_version      bigint      not null,
    matched_rules      text[]      not null,
    strategy           text        not null,
    department         text,
    priority           smallint    not null,
    effective_priority integer     not null,
    vip                boolean     not null,
    candidates         jsonb       not null
);
create index assignment_decisions_conversation on assignment_decisions (conversation_id, id);

insert into assignment_decisions (conversation_id, at, kind, agent_id, rules_version, matched_rules, strategy,
                                  department, priority, effective_priority, vip, candidates)
select a.conversation_id, a.assigned_at, 'AUTOMATIC', a.agent_id, 0, '{}', 'MOST_SPARE_CAPACITY', e.department,
       e.priority, e.priority, false, '[]'
from assignments a join queue_entries e on e.conversation_id = a.conversation_id;
drop table assignments;
