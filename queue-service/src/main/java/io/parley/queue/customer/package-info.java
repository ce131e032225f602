/**
 * What queue-service knows of customers: the VIP flag staff set in user-service ({@code customer.updated}),
 * applied to the customer's waiting conversations and to those queued later.
 */
package io.parley.queue.customer;
