/**
 * Where requests go. Routes are in {@code application.yml}; this package supplies the chat-service instances
 * for {@code lb://chat-service} from {@code PARLEY_CHAT_URLS} (Spring Cloud LoadBalancer, round robin).
 */
package io.parley.gateway.routing;
