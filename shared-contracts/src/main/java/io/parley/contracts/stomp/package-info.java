/**
 * STOMP destinations and the payloads clients send and receive on them. See docs/architecture.md for
 * who may subscribe or send where.
 */
package io.parley.contracts.stomp;
