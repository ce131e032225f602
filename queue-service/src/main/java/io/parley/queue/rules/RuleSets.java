package io.parley.queue.rules;

import io.parley.queue.assignment.QueueLock;
import io.parley.queue.rules.RuleSetParser.Parsed;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The one place that stores and activates rule sets. Definitions are checked against the departments and
 * skills of the agents queue-service knows when validated, stored and again when activated; activation holds
 * the queue lock, so it never interleaves with an assignment.
 */
@Service
class RuleSets {
    static final int MAX_COMMENT = 500;

    private final RuleSetStore store;
    private final AgentNames agents;
    private final QueueLock lock;
    private final ApplicationEventPublisher events;

    RuleSets(RuleSetStore store, AgentNames agents, QueueLock lock, ApplicationEventPublisher events) {
        this.store = store;
        this.agents = agents;
        this.lock = lock;
        this.events = events;
    }

    /** Throws {@link InvalidRuleSetException} listing everything wrong with the definition. */
    @Transactional(readOnly = true)
    public void validate(JsonNode definition) {
        check(definition);
    }

    /** Stores {@code {definition, comment?}} as a new DRAFT version. */
    @Transactional
    public RuleSetVersion create(JsonNode request, String createdBy) {
        List<RuleError> errors = new ArrayList<>();
        ObjectReader body = ObjectReader.of(request, "", errors);
        if (body == null) {
            throw new InvalidRuleSetException(List.of(new RuleError("", "the body must be {definition, comment?}")));
        }
        body.allowOnly("definition", "comment");
        String comment = body.string("comment");
        if (comment != null && comment.length() > MAX_COMMENT) {
            body.error("comment", "is longer than " + MAX_COMMENT + " characters");
        }
        if (body.value("definition") == null) {
            body.error("definition", "is required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRuleSetException(errors);
        }
        RuleSet rules = check(body.value("definition"));
        return get(store.insert(rules, comment, createdBy));
    }

    @Transactional(readOnly = true)
    public List<RuleSetVersion> list() {
        return store.all();
    }

    /** A stored version with its definition; version 0 is the built-in default. */
    @Transactional(readOnly = true)
    public RuleSetVersion get(long version) {
        if (version == 0) {
            return RuleSetVersion.builtIn(store.activeVersion().isEmpty() ? RuleSetStatus.ACTIVE : RuleSetStatus.RETIRED);
        }
        return store.find(version).orElseThrow(() -> new RuleSetNotFoundException(Long.toString(version)));
    }

    /** The version in force: version 0 (the built-in default) until one was activated. */
    @Transactional(readOnly = true)
    public RuleSetVersion active() {
        return get(store.activeVersion().orElse(0L));
    }

    /**
     * Makes a version the one in force after checking it again (the agents' departments and skills may have
     * changed since it was stored); the previous ACTIVE one becomes RETIRED. Activating the ACTIVE one changes
     * nothing; activating version 0 retires the ACTIVE one, so the built-in default is in force.
     */
    @Transactional
    public RuleSetVersion activate(long version) {
        lock.acquire();
        RuleSetVersion target = get(version);
        if (target.status() == RuleSetStatus.ACTIVE) {
            return target;
        }
        if (version == 0) {
            store.retireActive();
        } else {
            check(target.definition());
            store.activate(version);
        }
        events.publishEvent(new RuleSetActivated(version));
        return get(version);
    }

    private RuleSet check(JsonNode definition) {
        Parsed parsed = RuleSetParser.parse(definition, agents.known());
        if (!parsed.valid()) {
            throw new InvalidRuleSetException(parsed.errors());
        }
        return parsed.ruleSet();
    }
}
