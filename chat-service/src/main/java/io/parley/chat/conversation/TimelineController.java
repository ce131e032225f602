package io.parley.chat.conversation;

import io.parley.chat.conversation.MessageService.Sent;
import io.parley.chat.store.TimelineEvent;
import io.parley.contracts.stomp.ConversationEvent;
import io.parley.contracts.stomp.MessageAck;
import io.parley.contracts.stomp.SendMessage;
import io.parley.kit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
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

/** A conversation's timeline: read it after a seq (history and gap repair), and send a message. */
@RestController
@RequestMapping("/api/v1/conversations/{id}")
class TimelineController {
    private static final int MAX_EVENTS = 1000;

    private final ConversationService conversations;
    private final MessageService messages;
    private final ReactionService reactions;

    TimelineController(ConversationService conversations, MessageService messages, ReactionService reactions) {
        this.conversations = conversations;
        this.messages = messages;
        this.reactions = reactions;
    }

    @Operation(summary = "MESSAGE events after afterSeq, in seq order, each with its current reactions")
    @GetMapping("/messages")
    List<MessageView> messages(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @RequestParam(defaultValue = "0") long afterSeq, @RequestParam(defaultValue = "100") int limit) {
        List<ConversationEvent> page = read(jwt, id, afterSeq, limit, true);
        Map<Long, List<ReactionCount>> counts = reactions.summaries(id, page.stream().map(ConversationEvent::seq).toList());
        return page.stream().map(m -> new MessageView(m, counts.getOrDefault(m.seq(), List.of()))).toList();
    }

    @Operation(summary = "Every timeline event after afterSeq, in seq order (repairs gaps in the live stream)")
    @GetMapping("/events")
    List<ConversationEvent> events(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @RequestParam(defaultValue = "0") long afterSeq, @RequestParam(defaultValue = "500") int limit) {
        return read(jwt, id, afterSeq, limit, false);
    }

    @Operation(summary = "Send a message (the customer or the assigned agent); 201, or 200 with the same ack for a resend")
    @PostMapping("/messages")
    ResponseEntity<MessageAck> send(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @RequestBody SendMessage body) {
        Sent sent = messages.send(Caller.from(jwt), id, body, jwt.getTokenValue());
        return ResponseEntity.status(sent.created() ? HttpStatus.CREATED : HttpStatus.OK).body(sent.ack());
    }

    private List<ConversationEvent> read(Jwt jwt, UUID id, long afterSeq, int limit, boolean messagesOnly) {
        if (afterSeq < 0) {
            throw new InvalidInputException("afterSeq must not be negative");
        }
        int bounded = Math.clamp(limit, 1, MAX_EVENTS);
        return conversations.timeline(Caller.from(jwt), id, afterSeq, bounded, messagesOnly).stream()
                .map(TimelineEvent::toContract)
                .toList();
    }
}
