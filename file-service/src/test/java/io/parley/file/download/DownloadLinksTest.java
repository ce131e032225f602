package io.parley.file.download;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.file.files.Variant;
import io.parley.file.support.FileIntegrationTest;
import io.parley.file.support.Http;
import io.parley.file.support.Samples;
import io.parley.testsupport.TestTokens;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class DownloadLinksTest extends FileIntegrationTest {
    private final String customer = TestTokens.newUserId();
    private final String agent = TestTokens.newUserId();

    @Autowired
    LinkSigner signer;

    @Test
    void aSignedLinkDownloadsTheFileWithSafeHeadersAndNoToken() {
        String id = upload("invoice 2026 é.pdf", Samples.pdf());

        JsonNode link = link(id, "ORIGINAL", TestTokens.agent(agent, "Ann"));
        Http.Response download = http().download(link.get("url").asString());

        assertThat(link.get("url").asString()).startsWith("http://cdn.example.test/files/" + id + "/ORIGINAL?expires=");
        assertThat(Instant.parse(link.get("expiresAt").asString())).isBetween(
                Instant.now().plusSeconds(240), Instant.now().plusSeconds(301));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Samples.pdf());
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("inline; filename*=UTF-8''invoice%202026%20%C3%A9.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
        assertThat(download.header("Cache-Control")).matches("private, max-age=(29\\d|300)");
    }

    @Test
    void textIsSentAsAnAttachmentAndTheThumbnailAsAnImage() throws IOException {
        String text = upload("notes.txt", "call back at 5".getBytes(StandardCharsets.UTF_8));
        String image = upload("wide.png", Samples.png(1000, 500));

        Http.Response attachment = http().download(link(text, "ORIGINAL", TestTokens.customer(customer))
                .get("url").asString());
        Http.Response thumbnail = http().download(link(image, "THUMBNAIL", TestTokens.customer(customer))
                .get("url").asString());

        assertThat(attachment.header("Content-Disposition")).isEqualTo("attachment; filename*=UTF-8''notes.txt");
        assertThat(thumbnail.header("Content-Type")).isEqualTo("image/png");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(thumbnail.body()));
        assertThat(decoded.getWidth()).isEqualTo(320);
        assertThat(decoded.getHeight()).isEqualTo(160);
    }

    @Test
    void anExpiredLinkAnswers410() {
        String id = upload("a.pdf", Samples.pdf());
        LinkSigner.Link expired = signer.sign(id, Variant.ORIGINAL, Instant.now().minusSeconds(1));

        Http.Response response = http().download(expired.url());

        assertThat(response.status()).isEqualTo(410);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void anAlteredOrUnknownLinkAnswers403() {
        String id = upload("a.pdf", Samples.pdf());
        String url = link(id, "ORIGINAL", TestTokens.customer(customer)).get("url").asString();
        String otherId = UUID.randomUUID().toString();

        Http.Response alteredSignature = http().download(url.substring(0, url.length() - 2) + "xx");
        Http.Response otherFile = http().download(url.replace(id, otherId));
        Http.Response longerExpiry = http().download(url.replaceFirst("expires=(\\d+)", "expires=9$1"));
        Http.Response unknown = http().download(signer.sign(otherId, Variant.ORIGINAL).url());
        Http.Response noSignature = http().get("/files/" + id + "/ORIGINAL", null);

        for (Http.Response response : new Http.Response[] {alteredSignature, otherFile, longerExpiry, unknown,
                noSignature}) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        }
    }

    @Test
    void linksFollowTheFilesVisibility() {
        String id = upload("a.pdf", Samples.pdf());

        Http.Response stranger = http().postJson("/api/v1/files/" + id + "/links",
                TestTokens.customer(TestTokens.newUserId()), "{\"variant\":\"ORIGINAL\"}");
        Http.Response supervisor = http().postJson("/api/v1/files/" + id + "/links",
                TestTokens.supervisor(TestTokens.newUserId()), "{\"variant\":\"ORIGINAL\"}");
        Http.Response noThumbnail = http().postJson("/api/v1/files/" + id + "/links",
                TestTokens.customer(customer), "{\"variant\":\"THUMBNAIL\"}");
        Http.Response badVariant = http().postJson("/api/v1/files/" + id + "/links",
                TestTokens.customer(customer), "{\"variant\":\"RAW\"}");

        assertThat(stranger.status()).isEqualTo(404);
        assertThat(supervisor.status()).isEqualTo(200);
        assertThat(noThumbnail.status()).isEqualTo(404);
        assertThat(badVariant.status()).isEqualTo(400);
        assertThat(badVariant.header("Content-Type")).isEqualTo("application/problem+json");
    }

    private String upload(String name, byte[] content) {
        UUID conversation = assignedConversation(customer, agent);
        Http.Response response = http().upload(TestTokens.customer(customer), conversation, name,
                "application/octet-stream", content);
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private JsonNode link(String id, String variant, String token) {
        Http.Response response = http().postJson("/api/v1/files/" + id + "/links", token,
                "{\"variant\":\"" + variant + "\"}");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}
