/**
 * How the tests talk to the fleet, always through the gateway: {@link io.parley.systemtest.client.Rest} (HTTP +
 * JSON), {@link io.parley.systemtest.client.ParleyApi} (the REST calls of the story),
 * {@link io.parley.systemtest.client.StompSocket} (a real STOMP-over-WebSocket client that records every frame
 * and ERROR it receives) and {@link io.parley.systemtest.client.Tokens} (JWTs the tests forge).
 */
package io.parley.systemtest.client;
