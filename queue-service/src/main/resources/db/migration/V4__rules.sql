-- Versioned routing rule sets (io.parley.queue.rules). A version is written once as a DRAFT and never changes
-- its definition; activating it makes it ACTIVE and the previous ACTIVE one RETIRED, in a transaction that
-- holds the queue's advisory lock. Version 0 is the built-in default and is never stored.
create table rule_sets (
    version      bigint      generated always as identity primary key check (version > 0),
    status       text        not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    -- the definition with every default spelled out (RuleSetWriter), so it keeps its meaning
    definition   jsonb       not null check (jsonb_typeof(definition) = 'object'),
    comment      text,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    activated_at timestamptz,
    constraint activated_has_time check (status = 'DRAFT' or activated_at is not null)
);

-- At most one rule set is in force.
create unique index rule_sets_one_active on rule_sets (status) where status = 'ACTIVE';
