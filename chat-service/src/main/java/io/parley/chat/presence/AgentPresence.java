package io.parley.chat.presence;

/** One staff member's connection presence: a device is connected, and how many (sockets on any instance). */
record AgentPresence(String agentId, boolean connected, int devices) {}
