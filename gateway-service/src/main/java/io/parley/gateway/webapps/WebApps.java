package io.parley.gateway.webapps;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Serves each configured app folder under its path; a page path with no file answers the app's index.html
 * (client-side routing). Caching and framing headers: {@link WebAppHeaders}.
 */
@Configuration
@EnableConfigurationProperties(WebAppsProperties.class)
class WebApps {
    private static final Logger log = LoggerFactory.getLogger(WebApps.class);

    @Bean
    RouterFunction<ServerResponse> webAppRoutes(WebAppsProperties properties) {
        RouterFunction<ServerResponse> routes = RouterFunctions.route()
                .GET("/", request -> ServerResponse.temporaryRedirect(java.net.URI.create("/dashboard/")).build())
                .build();
        routes = app(routes, "widget", properties.widgetDir());
        return app(routes, "dashboard", properties.dashboardDir());
    }

    private static RouterFunction<ServerResponse> app(RouterFunction<ServerResponse> routes, String name, String dir) {
        if (dir == null || dir.isBlank()) {
            log.info("web app '{}' not served: no folder configured", name);
            return routes;
        }
        Path root = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            log.warn("web app '{}' not served: {} has no index.html (build it first)", name, root);
            return routes;
        }
        String base = "/" + name;
        FileSystemResource index = new FileSystemResource(root.resolve("index.html"));
        return routes.and(RouterFunctions.route()
                .GET(base, request -> ServerResponse.permanentRedirect(java.net.URI.create(base + "/")).build())
                .add(RouterFunctions.resources(base + "/**", new FileSystemResource(root.toString() + "/")))
                .GET(base + "/**", request -> isPage(request.path()), request -> html(index))
                .build());
    }

    /** A client-side route such as /dashboard/conversations/42, not a file such as /assets/app.js. */
    private static boolean isPage(String path) {
        return !path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    private static Mono<ServerResponse> html(Resource index) {
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(index);
    }
}
