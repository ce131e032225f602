package io.parley.queue.assignment;

import io.parley.contracts.events.AgentStatus;
import io.parley.queue.agent.Agent;
import java.util.List;

/**
 * Whether an agent could take a conversation now, and if not, why: the reasons of the assignment record, checked
 * in this order ({@code OFFLINE} or {@code AWAY}, {@code AT_CAPACITY}, {@code NOT_IN_DEPARTMENT},
 * {@code MISSING_SKILL <first missing skill>}; {@code EXCLUDED} is decided by the planner). Pure.
 */
public final class Eligibility {
    public static final String NOT_IN_DEPARTMENT = "NOT_IN_DEPARTMENT";
    public static final String MISSING_SKILL = "MISSING_SKILL";
    public static final String AT_CAPACITY = "AT_CAPACITY";
    public static final String EXCLUDED = "EXCLUDED";

    private Eligibility() {}

    /**
     * @param active the agent's conversations counting those planned so far
     * @param department the conversation's lane (null: any agent's department will do)
     * @return null when the agent could take it, else the first reason it cannot
     */
    public static String reason(Agent agent, int active, String department, List<String> skills) {
        if (agent.status() != AgentStatus.ONLINE) {
            return agent.status().name();
        }
        return active >= agent.capacity() ? AT_CAPACITY : servesReason(agent, department, skills);
    }

    /** Whether the agent's departments and skills fit (its status and load aside). */
    public static boolean serves(Agent agent, String department, List<String> skills) {
        return servesReason(agent, department, skills) == null;
    }

    /** A sentence for a 409 answer about {@code who} ("you" or a name), e.g. "Bob lacks the skill billing". */
    public static String explain(String reason, String who, String department) {
        boolean you = "you".equals(who);
        if (reason.startsWith(MISSING_SKILL)) {
            return who + (you ? " lack" : " lacks") + " the skill " + reason.substring(MISSING_SKILL.length()).trim();
        }
        String is = you ? " are" : " is";
        return switch (reason) {
            case "OFFLINE", "AWAY" -> who + is + " not ONLINE (" + reason + ")";
            case NOT_IN_DEPARTMENT -> who + is + " not in the department " + department;
            case AT_CAPACITY -> who + is + " at capacity";
            default -> who + ": " + reason;
        };
    }

    private static String servesReason(Agent agent, String department, List<String> skills) {
        if (department != null && !agent.departments().contains(department)) {
            return NOT_IN_DEPARTMENT;
        }
        return skills.stream()
                .filter(s -> !agent.skills().contains(s))
                .findFirst()
                .map(missing -> MISSING_SKILL + " " + missing)
                .orElse(null);
    }
}
