package io.parley.chat.fanout;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * This instance's one subscription to the fan-out channel. Items are handed to {@link LocalDelivery} on one
 * thread, in the order Redis delivered them (the container's default would use a new thread per item and could
 * reorder a conversation's events).
 */
@Configuration(proxyBeanMethods = false)
class FanoutConfig implements DisposableBean {
    private final ExecutorService deliveryThread = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "chat-fanout-delivery");
        thread.setDaemon(true);
        return thread;
    });

    @Bean
    RedisMessageListenerContainer fanoutSubscription(
            RedisConnectionFactory redis, LocalDelivery delivery, FanoutChannel channel) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.setTaskExecutor(deliveryThread);
        container.addMessageListener(delivery, new ChannelTopic(channel.name()));
        return container;
    }

    @Override
    public void destroy() {
        deliveryThread.shutdown();
    }
}
