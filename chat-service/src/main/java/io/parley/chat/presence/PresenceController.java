package io.parley.chat.presence;

import io.parley.kit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/presence}: who of the staff has a device connected now (staff only). */
@RestController
@RequestMapping("/api/v1/presence")
class PresenceController {
    private final PresenceRegistry registry;

    PresenceController(PresenceRegistry registry) {
        this.registry = registry;
    }

    @Operation(summary = "Every agent, supervisor and admin seen connected: connected now, and on how many devices "
            + "(AGENT, SUPERVISOR, ADMIN)")
    @GetMapping("/agents")
    List<AgentPresence> agents(@AuthenticationPrincipal Jwt jwt) {
        if (Caller.from(jwt).roles().stream().noneMatch(PresenceRegistry.STAFF_ROLES::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only staff may see presence");
        }
        return registry.staff();
    }
}
