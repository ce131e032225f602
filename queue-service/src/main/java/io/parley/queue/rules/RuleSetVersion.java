package io.parley.queue.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One version of the routing rules as the REST API shows it.
 *
 * @param createdBy the id of the admin who stored it (null for the built-in version 0)
 * @param definition every field spelled out; left out of lists
 */
public record RuleSetVersion(
        long version,
        RuleSetStatus status,
        String comment,
        String createdBy,
        Instant createdAt,
        Instant activatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode definition) {

    static final String BUILT_IN_COMMENT = "built-in default";

    /** Version 0: the defaults, in force while no stored version is active. */
    static RuleSetVersion builtIn(RuleSetStatus status) {
        return new RuleSetVersion(0, status, BUILT_IN_COMMENT, null, null, null, RuleSetWriter.write(RuleSet.DEFAULT));
    }
}
