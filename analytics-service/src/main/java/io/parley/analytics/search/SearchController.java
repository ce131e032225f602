package io.parley.analytics.search;

import io.parley.kit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search/messages}: full-text search over the messages the caller may see. */
@RestController
@RequestMapping("/api/v1/search")
class SearchController {
    private final MessageSearch search;

    SearchController(MessageSearch search) {
        this.search = search;
    }

    @Operation(summary = "Search messages by plain words in the conversations the caller may see")
    @GetMapping("/messages")
    SearchPage messages(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String conversationId,
            @RequestParam(required = false) String customerId,
            @RequestParam(required = false) String agentId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        SearchCriteria criteria = SearchCriteria.parse(q, conversationId, customerId, agentId, from, to, page, size);
        return search.search(Caller.from(jwt), criteria);
    }
}
