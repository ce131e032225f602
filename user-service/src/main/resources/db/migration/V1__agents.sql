-- Agent profiles. The id is the auth-service account id; status is what the agent chose.
create table agents (
    id           uuid primary key,
    email        text        not null unique,
    display_name text        not null,
    departments  text[]      not null default '{}',
    status       text        not null default 'OFFLINE' check (status in ('ONLINE', 'AWAY', 'OFFLINE')),
    capacity     integer     not null default 3 check (capacity between 1 and 20),
    updated_at   timestamptz not null default now()
);
create index agents_departments on agents using gin (departments);
