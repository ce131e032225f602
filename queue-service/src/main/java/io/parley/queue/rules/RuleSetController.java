package io.parley.queue.rules;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/queue/rules}: the versioned routing rules. Admins write, supervisors and admins read (the
 * security chain decides); bodies are read as plain JSON trees so that every problem is reported by
 * {@link RuleSetParser} with its path.
 */
@RestController
@RequestMapping("/api/v1/queue/rules")
class RuleSetController {
    private final RuleSets rules;

    RuleSetController(RuleSets rules) {
        this.rules = rules;
    }

    /** The answer of a successful validation (a failed one is a 400 problem with {@code errors}). */
    record Validation(boolean valid, List<RuleError> errors) {}

    @Operation(summary = "Check a rule set definition against the contract and the agents' departments and skills")
    @PostMapping("/validate")
    Validation validate(@RequestBody JsonNode definition) {
        rules.validate(definition);
        return new Validation(true, List.of());
    }

    @Operation(summary = "Store a definition as a new DRAFT version ({definition, comment?}; admins)")
    @PostMapping
    ResponseEntity<RuleSetVersion> create(@AuthenticationPrincipal Jwt jwt, @RequestBody JsonNode request) {
        RuleSetVersion created = rules.create(request, jwt.getSubject());
        return ResponseEntity.created(URI.create("/api/v1/queue/rules/" + created.version())).body(created);
    }

    @Operation(summary = "Every stored version without its definition, newest first")
    @GetMapping
    List<RuleSetVersion> list() {
        return rules.list();
    }

    @Operation(summary = "The version in force with its definition (version 0: the built-in default)")
    @GetMapping("/active")
    RuleSetVersion active() {
        return rules.active();
    }

    @Operation(summary = "One version with its definition")
    @GetMapping("/{version}")
    RuleSetVersion get(@PathVariable String version) {
        return rules.get(number(version));
    }

    @Operation(summary = "Check a version again and put it in force; the previous active one is retired (admins)")
    @PostMapping("/{version}/activate")
    RuleSetVersion activate(@PathVariable String version) {
        return rules.activate(number(version));
    }

    /** A path that names no version (not a number, negative) is simply not found. */
    private static long number(String version) {
        try {
            long number = Long.parseLong(version);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to not found
        }
        throw new RuleSetNotFoundException(version.length() > 40 ? version.substring(0, 40) + "…" : version);
    }
}
