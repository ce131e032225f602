package io.parley.chat.stomp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.support.AbstractSubscribableChannel;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.DelegatingWebSocketMessageBrokerConfiguration;
import org.springframework.web.socket.messaging.SubProtocolWebSocketHandler;

/**
 * Spring's STOMP-over-WebSocket infrastructure (what {@code @EnableWebSocketMessageBroker} imports), configured
 * by {@link WebSocketConfig}, with one change: sockets are wrapped in {@link ErrorFlushingSession} so that the
 * ERROR frame of a refused frame is not lost when the socket is closed right after it.
 */
@Configuration(proxyBeanMethods = false)
class StompInfrastructure extends DelegatingWebSocketMessageBrokerConfiguration {

    @Override
    @Bean
    public WebSocketHandler subProtocolWebSocketHandler(
            AbstractSubscribableChannel clientInboundChannel, AbstractSubscribableChannel clientOutboundChannel) {
        SubProtocolWebSocketHandler handler = new SubProtocolWebSocketHandler(clientInboundChannel, clientOutboundChannel) {
            @Override
            protected WebSocketSession decorateSession(WebSocketSession session) {
                return new ErrorFlushingSession(session, getSendTimeLimit(), getSendBufferSizeLimit());
            }
        };
        handler.setPhase(getPhase());
        return handler;
    }
}
