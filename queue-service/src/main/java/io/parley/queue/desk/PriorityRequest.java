package io.parley.queue.desk;

/** {@code PUT /conversations/{id}/priority}: LOW, MEDIUM, HIGH or URGENT. */
record PriorityRequest(String priority) {}
