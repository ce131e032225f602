package io.parley.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.ServiceInstance;

class StaticServiceInstancesTest {

    @Test
    void commaSeparatedUrlsBecomeOneInstanceEach() {
        List<ServiceInstance> instances = new StaticServiceInstances(
                        "chat-service", "http://localhost:8083, http://chat-2:8093 ,https://chat.example")
                .get()
                .blockFirst();

        assertThat(instances).extracting(ServiceInstance::getHost).containsExactly("localhost", "chat-2", "chat.example");
        assertThat(instances).extracting(ServiceInstance::getPort).containsExactly(8083, 8093, 443);
        assertThat(instances).extracting(ServiceInstance::isSecure).containsExactly(false, false, true);
        assertThat(instances).extracting(ServiceInstance::getInstanceId).doesNotHaveDuplicates();
    }

    @Test
    void emptyListIsRefusedAtStartup() {
        assertThatThrownBy(() -> new StaticServiceInstances("chat-service", " , "))
                .hasMessageContaining("no instance URL");
    }

    @Test
    void urlWithoutHttpSchemeIsRefused() {
        assertThatThrownBy(() -> new StaticServiceInstances("chat-service", "localhost:8083"))
                .hasMessageContaining("not an http(s) base URL");
    }
}
