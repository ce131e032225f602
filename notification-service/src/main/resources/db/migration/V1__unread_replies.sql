-- notification-service: agent replies a customer has not answered yet (schema notify).

-- What notification-service knows about a conversation: its customer (once learned), the last message the
-- customer wrote (replies after it are unread) and when it ended.
create table conversations (
    conversation_id   uuid primary key,
    customer_id       text,
    last_customer_seq bigint      not null default 0,
    ended_at          timestamptz
);
create index conversations_customer on conversations (customer_id);

-- Agent messages not yet followed by a customer message; deleted once the customer writes after them.
create table agent_replies (
    conversation_id uuid        not null,
    seq             bigint      not null,
    message_id      text        not null,
    agent_id        text        not null,
    sent_at         timestamptz not null,
    primary key (conversation_id, seq)
);
