/**
 * Who takes part in each conversation, learned from the conversation events (queued, assigned, transferred,
 * requeued, ended) and kept in MongoDB ({@code participations}). Handlers are idempotent without a guard: each
 * event sets state, and only if it is not older than the last change applied, so redeliveries and late
 * duplicates change nothing.
 */
package io.parley.file.participants;
