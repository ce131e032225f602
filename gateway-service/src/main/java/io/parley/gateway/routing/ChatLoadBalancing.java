package io.parley.gateway.routing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClient;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code lb://chat-service} (REST) and {@code lb:ws://chat-service} ({@code /ws}) go round robin (the
 * LoadBalancer default) over the instances listed in {@code PARLEY_CHAT_URLS}.
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClient(name = ChatLoadBalancing.SERVICE_ID, configuration = ChatLoadBalancing.Instances.class)
class ChatLoadBalancing {
    static final String SERVICE_ID = "chat-service";

    /** Lives in the load balancer's child context for chat-service only (hence no @Configuration). */
    static class Instances {
        @Bean
        ServiceInstanceListSupplier chatInstances(@Value("${parley.routing.chat-urls}") String urls) {
            return new StaticServiceInstances(SERVICE_ID, urls);
        }
    }
}
