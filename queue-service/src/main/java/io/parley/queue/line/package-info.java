/**
 * The waiting line: one {@link io.parley.queue.line.Entry} per conversation (WAITING, ASSIGNED, ENDED) in the
 * {@code queue_entries} table with its routing facts (skills, VIP, front-of-lane, excluded agents), the
 * order of each department lane at a moment under the active rules ({@link io.parley.queue.line.LineOrder}),
 * what each waiting customer was last told, recent handling times and fired escalations. Only the storage and
 * the order live here; what changes the line and when is decided in {@code assignment}.
 */
package io.parley.queue.line;
