package io.parley.chat.stomp;

import io.parley.contracts.stomp.Destinations;
import java.util.Arrays;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * {@code /ws}: plain WebSocket (no SockJS), origins from {@code PARLEY_CORS_ORIGINS}, Spring's in-process
 * simple broker (never the broker relay: instances share live items over Redis, see {@code fanout}), frames
 * limited to {@code parley.stomp.message-size-limit} bytes, heart-beats every 10 s. The infrastructure itself
 * comes from {@link StompInfrastructure} (in place of {@code @EnableWebSocketMessageBroker}).
 */
@Configuration
class WebSocketConfig implements WebSocketMessageBrokerConfigurer, DisposableBean {
    private static final long HEARTBEAT_MILLIS = 10_000;

    private final String[] allowedOrigins;
    private final StompProperties properties;
    private final FrameRateLimiter rateLimiter;
    private final ConnectAuthenticator authenticator;
    private final FrameRules rules;
    private final SocketGuard guard;
    private final ThreadPoolTaskScheduler heartbeats = heartbeatScheduler();

    WebSocketConfig(@Value("${parley.cors-origins:}") String origins, StompProperties properties,
            FrameRateLimiter rateLimiter, ConnectAuthenticator authenticator, FrameRules rules, SocketGuard guard) {
        this.allowedOrigins = Arrays.stream(origins.split(",")).map(String::trim).filter(o -> !o.isEmpty())
                .toArray(String[]::new);
        this.properties = properties;
        this.rateLimiter = rateLimiter;
        this.authenticator = authenticator;
        this.rules = rules;
        this.guard = guard;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint(Destinations.ENDPOINT).setAllowedOriginPatterns(allowedOrigins);
        registry.setErrorHandler(new ReasonErrorHandler());
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic", "/queue")
                .setHeartbeatValue(new long[] {HEARTBEAT_MILLIS, HEARTBEAT_MILLIS})
                .setTaskScheduler(heartbeats);
        registry.setApplicationDestinationPrefixes(Destinations.APP_PREFIX);
        registry.setUserDestinationPrefix("/user");
        // Frames to one socket leave in the order they were published (acks, and events in seq order).
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(rateLimiter, authenticator, rules);
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setMessageSizeLimit(properties.messageSizeLimit()).addDecoratorFactory(guard);
    }

    /**
     * Deliberately not a bean: Boot would take a lone task-executor bean for the STOMP channels and run every
     * socket's frames on its one thread.
     */
    private static ThreadPoolTaskScheduler heartbeatScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("stomp-heartbeat-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        return scheduler;
    }

    @Override
    public void destroy() {
        heartbeats.shutdown();
    }

    /** The servlet container's own WebSocket buffers: a larger message is refused by the transport. */
    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(properties.messageSizeLimit());
        container.setMaxBinaryMessageBufferSize(properties.messageSizeLimit());
        return container;
    }
}
