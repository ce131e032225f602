-- auth-service: accounts, refresh-token families and the signing keys.

create table accounts (
    id            uuid primary key,
    kind          text        not null check (kind in ('GUEST', 'STAFF')),
    -- a guest may leave a contact email; only staff log in with theirs, so only theirs is unique
    email         text,
    password_hash text,
    display_name  text        not null,
    roles         text[]      not null default '{}',
    departments   text[]      not null default '{}',
    created_at    timestamptz not null default now(),
    disabled      boolean     not null default false,
    constraint staff_can_log_in check (kind = 'GUEST' or (email is not null and password_hash is not null))
);
create unique index accounts_staff_email on accounts (lower(email)) where kind = 'STAFF';

-- Only the SHA-256 of a refresh token is stored. A family is one login session: every rotation adds a row.
create table refresh_tokens (
    id         uuid primary key,
    token_hash bytea       not null unique,
    family_id  uuid        not null,
    account_id uuid        not null references accounts (id) on delete cascade,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    rotated    boolean     not null default false,
    revoked    boolean     not null default false
);
create index refresh_tokens_family on refresh_tokens (family_id);
create index refresh_tokens_expiry on refresh_tokens (expires_at);

-- RSA key pairs that sign access tokens. At most one is active (the partial unique index), so instances
-- starting together agree on one key.
create table signing_keys (
    kid         text primary key,
    algorithm   text        not null,
    private_key text        not null, -- PKCS#8, base64
    public_key  text        not null, -- X.509 SubjectPublicKeyInfo, base64
    created_at  timestamptz not null default now(),
    active      boolean     not null
);
create unique index signing_keys_one_active on signing_keys (active) where active;
