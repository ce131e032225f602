package io.parley.file.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.ConversationEnded;
import io.parley.contracts.events.EventEnvelope;
import io.parley.file.storage.FileStorage;
import io.parley.file.support.FileIntegrationTest;
import io.parley.file.support.FileTestConfiguration;
import io.parley.file.support.Http;
import io.parley.file.support.Samples;
import io.parley.file.support.TestRun;
import io.parley.testsupport.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class UploadTest extends FileIntegrationTest {
    private final String customer = TestTokens.newUserId();
    private final String agent = TestTokens.newUserId();

    @Autowired
    StoredFiles files;

    @Autowired
    FileStorage storage;

    @Test
    void theCustomerUploadsAPngAndGetsItsMetadata() {
        UUID conversation = assignedConversation(customer, agent);

        Http.Response response = http().upload(TestTokens.customer(customer), conversation, "../../holiday\u202E.png",
                "image/png", Samples.png(800, 400));

        assertThat(response.status()).isEqualTo(201);
        JsonNode view = response.json();
        assertThat(view.get("conversationId").asString()).isEqualTo(conversation.toString());
        assertThat(view.get("uploaderId").asString()).isEqualTo(customer);
        assertThat(view.get("name").asString()).isEqualTo("holiday.png");
        assertThat(view.get("contentType").asString()).isEqualTo("image/png");
        assertThat(view.get("kind").asString()).isEqualTo("IMAGE");
        assertThat(view.get("width").asInt()).isEqualTo(800);
        assertThat(view.get("height").asInt()).isEqualTo(400);
        assertThat(view.get("hasThumbnail").asBoolean()).isTrue();
        assertThat(view.get("size").asLong()).isPositive();
        assertThat(view.get("createdAt").asString()).isNotBlank();
    }

    @Test
    void theStoredJpegHasNoExifLeft() throws IOException {
        UUID conversation = assignedConversation(customer, agent);

        Http.Response response = http().upload(TestTokens.agent(agent, "Ann"), conversation, "photo.jpg",
                "image/jpeg", Samples.jpegWithExif(120, 90));

        assertThat(response.status()).isEqualTo(201);
        StoredFile stored = files.find(UUID.fromString(response.json().get("id").asString())).orElseThrow();
        byte[] bytes;
        try (InputStream in = storage.open(stored.key(Variant.ORIGINAL))) {
            bytes = in.readAllBytes();
        }
        assertThat(Samples.contains(bytes, Samples.EXIF_MARKER.getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(Samples.contains(bytes, "Exif\0\0".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(stored.size()).isEqualTo(bytes.length);
    }

    @Test
    void documentsAndTextAreStoredAsReceived() {
        UUID conversation = assignedConversation(customer, agent);

        Http.Response pdf = http().upload(TestTokens.customer(customer), conversation, "invoice.pdf",
                "application/octet-stream", Samples.pdf());

        assertThat(pdf.status()).isEqualTo(201);
        assertThat(pdf.json().get("kind").asString()).isEqualTo("PDF");
        assertThat(pdf.json().get("size").asLong()).isEqualTo(Samples.pdf().length);
        assertThat(pdf.json().get("hasThumbnail").asBoolean()).isFalse();
        assertThat(pdf.json().has("width")).isFalse();
    }

    @Test
    void htmlRenamedPngIsRefusedWith415NamingTheTypeAndNothingIsStored() throws IOException {
        UUID conversation = assignedConversation(customer, agent);
        long before = files.count();
        long storedBefore = storedObjects();

        Http.Response response = http().upload(TestTokens.customer(customer), conversation, "cat.png", "image/png",
                "<html><body onload=alert(1)>hi</body></html>".getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 415, "text/html");
        assertThat(files.count()).isEqualTo(before);
        assertThat(storedObjects()).isEqualTo(storedBefore);
    }

    @Test
    void svgIsRefusedWith415() {
        UUID conversation = assignedConversation(customer, agent);

        Http.Response response = http().upload(TestTokens.customer(customer), conversation, "logo.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 415, "image/svg+xml");
    }

    @Test
    void anEmptyFileIsRefusedWith400() {
        UUID conversation = assignedConversation(customer, agent);

        assertProblem(http().upload(TestTokens.customer(customer), conversation, "empty.txt", "text/plain",
                new byte[0]), 400, "empty");
    }

    @Test
    void aFileOverTheLimitIsCutOffWith413AndNothingIsStored() throws IOException {
        UUID conversation = assignedConversation(customer, agent);
        long before = files.count();
        long storedBefore = storedObjects();
        byte[] tooLarge = new byte[(int) TestRun.MAX_BYTES + 100_000];
        java.util.Arrays.fill(tooLarge, (byte) 'a');

        Http.Response response = http().upload(TestTokens.customer(customer), conversation, "big.txt", "text/plain",
                tooLarge);

        assertProblem(response, 413, String.valueOf(TestRun.MAX_BYTES));
        assertThat(files.count()).isEqualTo(before);
        assertThat(storedObjects()).isEqualTo(storedBefore);
    }

    @Test
    void aFileTheScannerRejectsIsRefusedWith422() {
        UUID conversation = assignedConversation(customer, agent);

        Http.Response response = http().upload(TestTokens.customer(customer), conversation, "readme.txt",
                "text/plain", ("hello " + FileTestConfiguration.MALWARE).getBytes(StandardCharsets.US_ASCII));

        assertProblem(response, 422, "test signature found");
    }

    @Test
    void aStrangerGets404AndASupervisorMayNotUpload() {
        UUID conversation = assignedConversation(customer, agent);
        byte[] png = Samples.png(10, 10);

        assertProblem(http().upload(TestTokens.customer(TestTokens.newUserId()), conversation, "a.png", "image/png",
                png), 404, conversation.toString());
        assertProblem(http().upload(TestTokens.agent(TestTokens.newUserId(), "Bo"), conversation, "a.png",
                "image/png", png), 404, conversation.toString());
        assertProblem(http().upload(TestTokens.supervisor(TestTokens.newUserId()), conversation, "a.png",
                "image/png", png), 403, "supervisors");
        assertProblem(http().upload(TestTokens.customer(customer), UUID.randomUUID(), "a.png", "image/png", png),
                404, "not found");
    }

    @Test
    void nothingMoreIsUploadedToAnEndedConversation() {
        UUID conversation = assignedConversation(customer, agent);
        events.publish(EventEnvelope.of(
                new ConversationEnded(conversation, customer, agent, "CUSTOMER", Instant.now())));
        awaitParticipation(conversation, p -> p.ended());

        assertProblem(http().upload(TestTokens.customer(customer), conversation, "a.png", "image/png",
                Samples.png(10, 10)), 409, "ended");
    }

    private static void assertProblem(Http.Response response, int status, String detail) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(detail);
    }

    private static long storedObjects() throws IOException {
        try (Stream<java.nio.file.Path> paths = Files.walk(TestRun.FILES_DIR)) {
            return paths.filter(Files::isRegularFile).count();
        }
    }
}
