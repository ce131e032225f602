package io.parley.chat.fanout;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** This instance's one subscription to the fan-out channel. */
@Configuration(proxyBeanMethods = false)
class FanoutConfig {

    @Bean
    RedisMessageListenerContainer fanoutSubscription(
            RedisConnectionFactory redis, LocalDelivery delivery, FanoutChannel channel) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.addMessageListener(delivery, new ChannelTopic(channel.name()));
        return container;
    }
}
