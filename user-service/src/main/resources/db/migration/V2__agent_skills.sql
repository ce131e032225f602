-- Agents' skills (routing matches them against a conversation's required skills), sorted, lower-case.
-- skills_assigned tells whether anyone (the demo seed or an admin) has set the skills: the demo seed fills in
-- the skills of agents that existed before this migration, and never those an admin chose (even none).
alter table agents add column skills text[] not null default '{}';
alter table agents add column skills_assigned boolean not null default false;
