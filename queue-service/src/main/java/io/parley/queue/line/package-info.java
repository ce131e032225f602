/**
 * The waiting line: one {@link io.parley.queue.line.Entry} per conversation (WAITING, ASSIGNED, ENDED) in the
 * {@code queue_entries} table, and positions within each department lane from the {@code waiting_line} view.
 * Only the storage lives here; what changes the line and when is decided in {@code assignment}.
 */
package io.parley.queue.line;
