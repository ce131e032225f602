package io.parley.chat.conversation;

import io.parley.chat.conversation.DepthViews.ReactionAnswer;
import io.parley.chat.conversation.DepthViews.ReactionBody;
import io.parley.chat.conversation.DepthViews.ReceiptAnswer;
import io.parley.chat.conversation.DepthViews.ReceiptBody;
import io.parley.chat.conversation.ReactionService.Reacted;
import io.parley.chat.conversation.ReceiptService.Receipted;
import io.parley.kit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Receipts and reactions over REST (the same as the STOMP sends); 201 when something was stored, else 200. */
@RestController
@RequestMapping("/api/v1/conversations/{id}")
class ReceiptReactionController {
    private final ReceiptService receipts;
    private final ReactionService reactions;

    ReceiptReactionController(ReceiptService receipts, ReactionService reactions) {
        this.receipts = receipts;
        this.reactions = reactions;
    }

    @Operation(summary = "Mark the other side's messages up to upToSeq DELIVERED or READ (customer or assigned agent);"
            + " 201 if it advanced the receipts, 200 if not")
    @PostMapping("/receipts")
    ResponseEntity<ReceiptAnswer> receipt(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @RequestBody ReceiptBody body) {
        Receipted done = receipts.receipt(Caller.from(jwt), id, body.toReceipt());
        ReceiptAnswer answer = new ReceiptAnswer(id, done.seq() != null, done.seq(),
                DepthViews.receipts(done.conversation().receiptSummary()));
        return ResponseEntity.status(done.seq() != null ? HttpStatus.CREATED : HttpStatus.OK).body(answer);
    }

    @Operation(summary = "Add or remove an emoji reaction on the message at targetSeq (customer, assigned agent,"
            + " supervisors, admins); 201 if it changed something, 200 if not")
    @PostMapping("/reactions")
    ResponseEntity<ReactionAnswer> reaction(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @RequestBody ReactionBody body) {
        Reacted done = reactions.react(Caller.from(jwt), id, body.toReaction());
        ReactionAnswer answer = new ReactionAnswer(id, done.seq() != null, done.seq(), done.targetSeq(), done.emoji(),
                done.op(), done.reactions());
        return ResponseEntity.status(done.seq() != null ? HttpStatus.CREATED : HttpStatus.OK).body(answer);
    }
}
