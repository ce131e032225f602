package io.parley.gateway.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.gateway.GatewayTestBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class WebAppsTest extends GatewayTestBase {
    private static final Path WIDGET = app("widget", "<title>widget</title>");
    private static final Path DASHBOARD = app("dashboard", "<title>dashboard</title>");

    @DynamicPropertySource
    static void webApps(DynamicPropertyRegistry registry) {
        registry.add("parley.webapps.widget-dir", WIDGET::toString);
        registry.add("parley.webapps.dashboard-dir", DASHBOARD::toString);
    }

    @Test
    void theWidgetAndItsLoaderAreServedWithoutATokenAndMayBeFramed() {
        client().get().uri("/widget/loader.js").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Cache-Control", "no-cache")
                .expectHeader().doesNotExist("X-Frame-Options")
                .expectBody(String.class).isEqualTo("console.log('loader')");
        client().get().uri("/widget/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("<title>widget</title>"));
    }

    @Test
    void hashedAssetsAreCachedForAYear() {
        client().get().uri("/widget/assets/app-1234.js").exchange()
                .expectStatus().isOk()
                .expectHeader().value("Cache-Control", value -> assertThat(value).contains("max-age=31536000", "immutable"));
    }

    @Test
    void aDashboardRouteWithoutAFileAnswersTheAppAndMayNotBeFramed() {
        client().get().uri("/dashboard/conversations/42").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectBody(String.class).value(body -> assertThat(body).contains("<title>dashboard</title>"));
    }

    @Test
    void aMissingScriptIsNotFoundRatherThanTheApp() {
        client().get().uri("/dashboard/assets/missing.js").accept(MediaType.ALL).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void filesOutsideTheAppFolderAreNotServed() {
        client().get().uri("/widget/../dashboard/index.html").exchange()
                .expectStatus().value(status -> assertThat(status).isIn(400, 404));
        client().get().uri("/widget/%2e%2e/secret.txt").exchange()
                .expectStatus().value(status -> assertThat(status).isIn(400, 404));
    }

    @Test
    void theWebManifestIsServedAsAManifest() {
        client().get().uri("/widget/manifest.webmanifest").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Type", "application/manifest+json");
    }

    @Test
    void theRootLeadsToTheDashboard() {
        client().get().uri("/").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/dashboard/");
    }

    private static Path app(String name, String indexHtml) {
        try {
            Path dir = Files.createTempDirectory("parley-" + name);
            Files.writeString(dir.resolve("index.html"), "<!doctype html>" + indexHtml);
            Files.writeString(dir.resolve("loader.js"), "console.log('loader')");
            Files.writeString(dir.resolve("manifest.webmanifest"), "{\"name\":\"Parley\"}");
            Files.createDirectories(dir.resolve("assets"));
            Files.writeString(dir.resolve("assets/app-1234.js"), "export {}");
            Files.writeString(dir.getParent().resolve("secret.txt"), "secret");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
