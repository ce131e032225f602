package io.parley.chat.conversation;

import io.parley.chat.conversation.ConversationService.Started;
import io.parley.chat.store.ConversationFilter;
import io.parley.chat.store.CustomerDetails;
import io.parley.chat.store.RoutingChoice;
import io.parley.kit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Conversations: start, list, read one, end. */
@RestController
@RequestMapping("/api/v1/conversations")
class ConversationController {

    private final ConversationService conversations;

    ConversationController(ConversationService conversations) {
        this.conversations = conversations;
    }

    @Operation(summary = "Start a conversation (guests and customers); 201, or 200 for a repeat of the same start")
    @PostMapping
    ResponseEntity<ConversationView> start(@AuthenticationPrincipal Jwt jwt, @RequestBody StartConversation body) {
        CustomerDetails customer = CustomerDetailsRules.from(body);
        RoutingChoice routing = RoutingChoiceRules.from(body);
        Started started = conversations.start(
                Caller.from(jwt), body.clientMessageId(), body.text(), body.department(), customer, routing);
        ConversationView view = ConversationView.of(started.conversation());
        if (!started.created()) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.created(URI.create("/api/v1/conversations/" + view.id())).body(view);
    }

    @Operation(summary = "The caller's conversations, newest first (customers: their own; agents: theirs; "
            + "supervisors and admins: all), filtered by status, department, customer, agent and createdAt range, "
            + "paged (page 0-based, size 1..200, default 50)")
    @GetMapping
    List<ConversationView> list(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String status,
            @RequestParam(required = false) String department, @RequestParam(required = false) String customerId,
            @RequestParam(required = false) String agentId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) Integer limit) {
        ConversationFilter filter =
                ConversationFilterRules.from(status, department, customerId, agentId, from, to, page, size, limit);
        return conversations.list(Caller.from(jwt), filter).stream().map(ConversationView::of).toList();
    }

    @Operation(summary = "Reopen an ENDED conversation (its customer or staff): it waits in line again; 409 if it "
            + "has not ended")
    @PostMapping("/{id}/reopen")
    ConversationView reopen(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return ConversationView.of(conversations.reopen(Caller.from(jwt), id));
    }

    @Operation(summary = "One conversation (its customer, its agent, supervisors and admins; 404 otherwise)")
    @GetMapping("/{id}")
    ConversationView get(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return ConversationView.of(conversations.get(Caller.from(jwt), id));
    }

    @Operation(summary = "End the conversation (idempotent)")
    @PostMapping("/{id}/end")
    ConversationView end(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return ConversationView.of(conversations.end(Caller.from(jwt), id));
    }
}
