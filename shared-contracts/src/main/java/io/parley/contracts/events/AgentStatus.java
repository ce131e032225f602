package io.parley.contracts.events;

/** Whether an agent accepts new chats, as the agent chose it (not whether a socket is connected). */
public enum AgentStatus {
    ONLINE,
    AWAY,
    OFFLINE
}
