/**
 * Who gets which conversation, and the application service that changes the line. Every change runs in one
 * transaction that first takes the queue's PostgreSQL advisory lock ({@link io.parley.queue.assignment.QueueLock}),
 * so several queue-service instances never interleave: {@link io.parley.queue.assignment.QueueService} applies a
 * consumed event, then {@link io.parley.queue.assignment.Assigner} plans with the pure
 * {@link io.parley.queue.assignment.AssignmentPlanner} (line order, skills, each department's strategy, manual
 * departments skipped, excluded agents avoided), writes the assignments with their decision records and adds
 * {@code conversation.assigned} and {@code queue.positions-changed} to the outbox. A sweep every few seconds
 * requeues, escalates and overflows what is due ({@link io.parley.queue.assignment.Upkeep}, pure) and runs
 * assignment again, so aging takes effect.
 */
package io.parley.queue.assignment;
