package io.parley.analytics.search;

/** Ids of participant documents: one per side, so a customer filter never matches an agent's conversations. */
final class Participants {
    private Participants() {}

    static String customer(String customerId) {
        return "customer:" + customerId;
    }

    static String agent(String agentId) {
        return "agent:" + agentId;
    }
}
