/**
 * Who gets which conversation, and the application service that changes the line. Every change runs in one
 * transaction that first takes the queue's PostgreSQL advisory lock ({@link io.parley.queue.assignment.QueueLock}),
 * so several queue-service instances never interleave: {@link io.parley.queue.assignment.QueueService} applies a
 * consumed event, then {@link io.parley.queue.assignment.Assigner} plans with the pure
 * {@link io.parley.queue.assignment.AssignmentPlanner}, writes the assignments and adds
 * {@code conversation.assigned} and {@code queue.positions-changed} to the outbox. A sweep runs the same
 * assignment every few seconds as a safety net.
 */
package io.parley.queue.assignment;
