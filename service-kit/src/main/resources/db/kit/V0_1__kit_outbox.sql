-- Shared by every service with a PostgreSQL schema (service-kit). Created in the service's own schema.
create table outbox (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    type         text        not null,
    envelope     jsonb       not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
create index outbox_unpublished on outbox (id) where published_at is null;

create table processed_events (
    event_id     uuid primary key,
    processed_at timestamptz not null default now()
);
