package io.parley.kit.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling, read from a validated access token. */
public record Caller(String id, Set<String> roles, List<String> departments, String name) {

    public static Caller from(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        List<String> departments = jwt.getClaimAsStringList("departments");
        return new Caller(
                jwt.getSubject(),
                roles == null ? Set.of() : Set.copyOf(roles),
                departments == null ? List.of() : List.copyOf(departments),
                jwt.getClaimAsString("name"));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Supervisors and admins see every conversation and agent. */
    public boolean isSupervisor() {
        return has("SUPERVISOR") || has("ADMIN");
    }

    public boolean isAgent() {
        return has("AGENT");
    }

    public boolean isCustomer() {
        return has("GUEST") || has("CUSTOMER");
    }
}
