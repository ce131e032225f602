package io.parley.queue.desk;

/** {@code POST /conversations/{id}/assign}. */
record AssignRequest(String agentId) {}
