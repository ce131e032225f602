/**
 * The STOMP-over-WebSocket endpoint {@code /ws} (plain WebSocket, Spring's in-process simple broker for
 * {@code /topic} and {@code /queue}, application prefix {@code /app}, user prefix {@code /user}). Every
 * inbound frame passes three interceptors, in order: {@link io.parley.chat.stomp.FrameRateLimiter} (per
 * socket), {@link io.parley.chat.stomp.ConnectAuthenticator} (the CONNECT frame's bearer token) and
 * {@link io.parley.chat.stomp.FrameRules} (what each user may subscribe to and send; deny-all at the end).
 * They run on the socket's own thread, so every rejection becomes a STOMP ERROR frame whose {@code message}
 * header states the reason ({@link io.parley.chat.stomp.ReasonErrorHandler}); only that socket is closed.
 * {@link io.parley.chat.stomp.SocketGuard} closes sockets that do not authenticate in time or whose token
 * expires.
 */
package io.parley.chat.stomp;
