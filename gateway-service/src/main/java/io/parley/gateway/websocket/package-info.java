/**
 * The {@code /ws} proxy: upgrades the client's request on its own connection's event loop, so a frame the client
 * sends the moment it sees the 101 (STOMP CONNECT) is never dropped, then relays frames to and from the chat
 * instance the load balancer chose, each direction closing the other side only after all of its frames have been
 * written and with the status its side closed with (a STOMP ERROR followed by a close reaches the client intact).
 */
package io.parley.gateway.websocket;
