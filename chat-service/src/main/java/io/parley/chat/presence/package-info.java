/**
 * Connection presence: which users have a socket open right now, on any instance. Each authenticated STOMP
 * socket registers in Redis ({@code <prefix>:presence:<userId>}, a hash socketId → instance id) when its CONNECT
 * is accepted, is refreshed by its heart-beats and other frames, and is removed when it closes; a socket nobody
 * refreshed for the TTL (an instance that died) no longer counts. Staff roles are remembered with the
 * registration so that {@code GET /api/v1/presence/agents} can list every agent seen connected. This is not the
 * status an agent chose (user-service and queue-service keep that); dashboards show both.
 */
package io.parley.chat.presence;
