-- What staff know about a customer (the customer id is the auth-service user id, opaque here).
-- A customer nobody has set has no row and reads as vip false, no attributes.
create table customers (
    customer_id text        primary key check (customer_id ~ '^[A-Za-z0-9-]{1,100}$'),
    vip         boolean     not null default false,
    attributes  jsonb       not null default '{}' check (jsonb_typeof(attributes) = 'object'),
    updated_at  timestamptz not null,
    updated_by  text        not null
);
