-- Verified customers (POST /auth/customer): the host site vouches for their identity with a signature. Their id
-- is derived from the site's external id, so every device of the same customer gets the same account.
alter table accounts drop constraint accounts_kind_check;
alter table accounts add constraint accounts_kind_check check (kind in ('GUEST', 'CUSTOMER', 'STAFF'));
alter table accounts drop constraint staff_can_log_in;
alter table accounts add constraint staff_can_log_in
    check (kind <> 'STAFF' or (email is not null and password_hash is not null));
