package io.parley.queue.view;

import io.parley.kit.security.Caller;
import io.parley.queue.assignment.Decision;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/queue}: the line as customers, agents and supervisors see it. */
@RestController
@RequestMapping("/api/v1/queue")
class QueueController {
    private final QueueView view;

    QueueController(QueueView view) {
        this.view = view;
    }

    @Operation(summary = "Where a conversation stands: position, estimated wait, agent (its customer, its agent, "
            + "agents of its department while it waits, supervisors; 404 otherwise)")
    @GetMapping("/conversations/{id}")
    ConversationView conversation(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return view.conversation(Caller.from(jwt), id);
    }

    @Operation(summary = "The whole waiting line with positions, estimates and escalations, and every agent's "
            + "status and load (supervisors)")
    @GetMapping
    QueueOverview overview(@AuthenticationPrincipal Jwt jwt) {
        return view.overview(Caller.from(jwt));
    }

    @Operation(summary = "Every agent with status, load, departments and skills (transfer targets; staff)")
    @GetMapping("/agents")
    List<QueueOverview.AgentLoad> agents() {
        return view.agents();
    }

    @Operation(summary = "Waiting conversations of manual departments the caller could take, in line order (staff)")
    @GetMapping("/available")
    List<QueueOverview.WaitingConversation> available(@AuthenticationPrincipal Jwt jwt) {
        return view.available(Caller.from(jwt));
    }

    @Operation(summary = "Every assignment decision about a conversation with its candidates, oldest first "
            + "(supervisors)")
    @GetMapping("/conversations/{id}/assignments")
    List<Decision> assignments(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return view.assignments(Caller.from(jwt), id);
    }
}
