package io.parley.queue.desk;

/** {@code POST /conversations/{id}/transfer}: exactly one of {@code toAgentId} and {@code toDepartment}. */
record TransferRequest(String toAgentId, String toDepartment, String note) {}
