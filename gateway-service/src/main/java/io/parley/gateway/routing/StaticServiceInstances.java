package io.parley.gateway.routing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

/** A fixed list of instances of one service, from a comma-separated list of base URLs. */
class StaticServiceInstances implements ServiceInstanceListSupplier {
    private final String serviceId;
    private final List<ServiceInstance> instances;

    StaticServiceInstances(String serviceId, String commaSeparatedUrls) {
        this.serviceId = serviceId;
        this.instances = parse(serviceId, commaSeparatedUrls);
    }

    static List<ServiceInstance> parse(String serviceId, String commaSeparatedUrls) {
        List<ServiceInstance> instances = new ArrayList<>();
        for (String raw : commaSeparatedUrls == null ? new String[0] : commaSeparatedUrls.split(",")) {
            String url = raw.trim();
            if (url.isEmpty()) {
                continue;
            }
            URI uri = URI.create(url);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("not an http(s) base URL for " + serviceId + ": " + url);
            }
            boolean secure = "https".equals(uri.getScheme());
            int port = uri.getPort() != -1 ? uri.getPort() : secure ? 443 : 80;
            instances.add(new DefaultServiceInstance(
                    serviceId + "-" + (instances.size() + 1), serviceId, uri.getHost(), port, secure));
        }
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("no instance URL configured for " + serviceId);
        }
        return List.copyOf(instances);
    }

    @Override
    public String getServiceId() {
        return serviceId;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return Flux.just(instances);
    }
}
