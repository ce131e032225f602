/**
 * Customers as staff see them: whether a customer is a VIP and free-form string attributes, keyed by the opaque
 * customer id (the auth-service user id). A customer nobody has set reads as not VIP with no attributes. The one
 * application service that changes a customer adds {@code customer.updated} (full state) to the outbox in the
 * same transaction; queue-service routes on it.
 */
package io.parley.user.customer;
