package io.parley.queue.desk;

import io.parley.contracts.events.Priority;
import io.parley.kit.security.Caller;
import io.parley.queue.view.ConversationView;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/queue/conversations/{id}/…}: routing by hand (take, assign, transfer, priority). */
@RestController
@RequestMapping("/api/v1/queue/conversations/{id}")
class DeskController {
    static final int MAX_NOTE = 1000;

    private final DeskService desk;

    DeskController(DeskService desk) {
        this.desk = desk;
    }

    @Operation(summary = "Take a waiting conversation of a manual department (agents; 409 with the reason if not possible)")
    @PostMapping("/take")
    ConversationView take(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return desk.take(Caller.from(jwt), id);
    }

    @Operation(summary = "Assign a waiting conversation to an agent, or move an assigned one (supervisors)")
    @PostMapping("/assign")
    ConversationView assign(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @RequestBody AssignRequest body) {
        if (blank(body.agentId())) {
            throw badRequest("agentId is required");
        }
        return desk.assign(Caller.from(jwt), id, body.agentId().trim());
    }

    @Operation(summary = "Transfer an assigned conversation to an agent or a department, with a note for agents "
            + "(its agent, supervisors)")
    @PostMapping("/transfer")
    ConversationView transfer(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @RequestBody TransferRequest body) {
        if (blank(body.toAgentId()) == blank(body.toDepartment())) {
            throw badRequest("give exactly one of toAgentId and toDepartment");
        }
        String note = blank(body.note()) ? null : body.note().strip();
        if (note != null && note.codePointCount(0, note.length()) > MAX_NOTE) {
            throw badRequest("note longer than " + MAX_NOTE + " characters");
        }
        String department = blank(body.toDepartment()) ? null : body.toDepartment().trim().toLowerCase(Locale.ROOT);
        String agentId = blank(body.toAgentId()) ? null : body.toAgentId().trim();
        return desk.transfer(Caller.from(jwt), id, agentId, department, note);
    }

    @Operation(summary = "Change a conversation's priority (its agent, agents of its department while it waits, "
            + "supervisors)")
    @PutMapping("/priority")
    ConversationView priority(@AuthenticationPrincipal Jwt jwt, @PathVariable String id, @RequestBody PriorityRequest body) {
        return desk.priority(Caller.from(jwt), id, priority(body.priority()));
    }

    static Priority priority(String value) {
        if (blank(value)) {
            throw badRequest("priority is required: one of " + Arrays.toString(Priority.values()));
        }
        try {
            return Priority.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw badRequest("unknown priority " + value + ": one of " + Arrays.toString(Priority.values()));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
