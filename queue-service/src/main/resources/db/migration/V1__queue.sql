-- queue-service: the waiting line and the agents it assigns to. Every change happens in a transaction that
-- holds the queue's advisory lock (see io.parley.queue.assignment.QueueLock); the constraints below hold even
-- if some code path forgot it.

-- What queue-service knows of each agent (from agent.status-changed) and how many chats it carries now.
-- capacity may be lowered below active (the agent keeps its chats); assignment never adds one when
-- active >= capacity, so active only exceeds capacity after a lowered capacity, never through assignment.
create table agents (
    agent_id          text        primary key,
    display_name      text,
    status            text        not null check (status in ('ONLINE', 'AWAY', 'OFFLINE')),
    capacity          integer     not null check (capacity >= 0),
    departments       text[]      not null default '{}',
    active            integer     not null default 0 check (active >= 0),
    last_assigned_at  timestamptz,
    status_changed_at timestamptz not null
);

-- One row per conversation: WAITING in its department's lane, then ASSIGNED to one agent, then ENDED.
-- department null: the customer named none, and any agent may take it.
-- priority: io.parley.contracts.events.Priority ordinal (0 = LOW .. 3 = URGENT), higher goes first.
create table queue_entries (
    conversation_id uuid        primary key,
    customer_id     text        not null,
    department      text,
    priority        smallint    not null check (priority between 0 and 3),
    status          text        not null check (status in ('WAITING', 'ASSIGNED', 'ENDED')),
    enqueued_at     timestamptz not null,
    agent_id        text        references agents (agent_id),
    assigned_at     timestamptz,
    ended_at        timestamptz,
    constraint waiting_has_no_agent check (status <> 'WAITING' or agent_id is null),
    constraint assigned_has_agent check (status <> 'ASSIGNED' or (agent_id is not null and assigned_at is not null)),
    constraint ended_has_time check (status <> 'ENDED' or ended_at is not null)
);
create index queue_entries_waiting on queue_entries (department, priority desc, enqueued_at, conversation_id)
    where status = 'WAITING';
create index queue_entries_assigned on queue_entries (agent_id) where status = 'ASSIGNED';

-- Every assignment ever made; the primary key makes a second assignment of a conversation impossible.
create table assignments (
    conversation_id uuid        primary key references queue_entries (conversation_id),
    agent_id        text        not null references agents (agent_id),
    assigned_at     timestamptz not null
);

-- The line as customers see it: 1-based position within the department lane, in assignment order
-- (priority first, then the longest waiting, then the conversation id). AssignmentPlanner.LINE_ORDER is the
-- same order in Java.
create view waiting_line as
select conversation_id,
       customer_id,
       department,
       priority,
       enqueued_at,
       cast(row_number() over (partition by department order by priority desc, enqueued_at, conversation_id)
            as integer) as position
from queue_entries
where status = 'WAITING';
