-- Skills of each agent (from agent.status-changed), lower-case; a conversation's required skills must all be
-- among them. Routing-rule validation treats the union of all agents' skills and departments as known.
alter table agents add column skills text[] not null default '{}';
