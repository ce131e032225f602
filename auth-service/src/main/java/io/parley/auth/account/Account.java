package io.parley.auth.account;

import java.util.List;
import java.util.UUID;

/** Someone who may hold tokens: a guest customer or a staff member (agent, supervisor, admin). */
public record Account(
        UUID id,
        Kind kind,
        String email,
        String passwordHash,
        String displayName,
        List<String> roles,
        List<String> departments,
        boolean disabled) {

    public Account {
        roles = List.copyOf(roles);
        departments = List.copyOf(departments);
    }

    /**
     * Guests are created by {@code POST /auth/guest}, verified customers by {@code POST /auth/customer}; staff log
     * in with email and password.
     */
    public enum Kind {
        GUEST,
        CUSTOMER,
        STAFF
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }
}
