package io.parley.queue.view;

import io.parley.kit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/queue}: the line as customers and supervisors see it. */
@RestController
@RequestMapping("/api/v1/queue")
class QueueController {
    private final QueueView view;

    QueueController(QueueView view) {
        this.view = view;
    }

    @Operation(summary = "Where a conversation stands in the line (its customer, its agent, supervisors; 404 otherwise)")
    @GetMapping("/conversations/{id}")
    ConversationPosition conversation(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return view.conversation(Caller.from(jwt), id);
    }

    @Operation(summary = "The whole waiting line with positions, and every agent's status and load (supervisors)")
    @GetMapping
    QueueOverview overview(@AuthenticationPrincipal Jwt jwt) {
        return view.overview(Caller.from(jwt));
    }
}
