/**
 * chat-service: conversations and their timeline in MongoDB, the REST API over them, the STOMP WebSocket
 * endpoint that clients keep open, live fan-out between instances over Redis pub/sub, and the durable events
 * it publishes (through a MongoDB outbox) and consumes on RabbitMQ. Features live in sub-packages: {@code store}
 * (documents and single-document-atomic writes), {@code conversation} (the application service and REST),
 * {@code stomp} (the socket), {@code fanout} (who receives what, and Redis), {@code outbox} (publishing),
 * {@code queue} (events from queue-service) and {@code platform} (security and wiring).
 */
package io.parley.chat;
