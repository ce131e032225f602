package io.parley.user.agent;

import io.parley.kit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Agent profiles. Roles per endpoint are enforced by the security chain; visibility of an id here. */
@RestController
@RequestMapping("/api/v1/agents")
class AgentController {
    private final AgentService service;

    AgentController(AgentService service) {
        this.service = service;
    }

    @Operation(summary = "The caller's own agent profile (404 when the caller has none)")
    @GetMapping("/me")
    Agent me(@AuthenticationPrincipal Jwt jwt) {
        return service.me(Caller.from(jwt));
    }

    @Operation(summary = "Choose whether to accept chats (ONLINE, AWAY, OFFLINE) and optionally the capacity")
    @PutMapping("/me/status")
    Agent changeStatus(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody StatusRequest request) {
        return service.changeStatus(Caller.from(jwt), request.agentStatus(), request.capacity());
    }

    @Operation(summary = "Every agent (supervisors and admins)")
    @GetMapping
    List<Agent> all() {
        return service.all();
    }

    @Operation(summary = "One agent (supervisors, admins, or the agent itself; 404 for anyone else)")
    @GetMapping("/{id}")
    Agent one(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return service.get(Caller.from(jwt), id);
    }

    @Operation(summary = "Set an agent's departments, skills and capacity (admins; omitted fields are kept)")
    @PutMapping("/{id}")
    Agent changeProfile(@PathVariable String id, @RequestBody ProfileRequest request) {
        UUID agentId = parse(id);
        return service.changeProfile(agentId, request.validated());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new AgentNotFoundException("no agent with this id");
        }
    }
}
