package io.parley.chat.files;

import io.parley.contracts.stomp.Attachment;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks files a message attaches, one {@code GET /api/v1/files/{id}} each, with the sender's bearer token and
 * a timeout ({@code PARLEY_FILE_TIMEOUT}, default 3 s, for connecting and for the answer alike). A file is
 * attachable if file-service shows it to the sender, it belongs to the conversation and the sender uploaded it.
 */
@Component
public class FileCatalog {
    private static final Logger log = LoggerFactory.getLogger(FileCatalog.class);
    private final RestClient http;
    private final JsonMapper json;

    FileCatalog(@Value("${parley.files.url:http://localhost:8085}") String baseUrl,
            @Value("${parley.files.timeout:3s}") Duration timeout, JsonMapper json) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
        this.json = json;
    }

    /**
     * The attachments' metadata, in the order given.
     *
     * @throws AttachmentNotFoundException naming the first file that may not be attached
     * @throws FilesUnavailableException if file-service could not answer
     */
    public List<Attachment> attachable(List<UUID> fileIds, UUID conversationId, String senderId, String accessToken) {
        List<Attachment> attachments = new ArrayList<>();
        for (UUID fileId : fileIds) {
            FileView file = find(fileId, accessToken)
                    .filter(f -> conversationId.equals(f.conversationId()) && senderId.equals(f.uploaderId()))
                    .orElseThrow(() -> new AttachmentNotFoundException(fileId));
            attachments.add(file.toAttachment());
        }
        return attachments;
    }

    /** The file as file-service shows it to the token's user; empty if it answers that there is none to see. */
    private Optional<FileView> find(UUID fileId, String accessToken) {
        try {
            return http.get()
                    .uri("/api/v1/files/{id}", fileId)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status == 200) {
                            return Optional.of(read(response.getBody()));
                        }
                        if (status == 400 || status == 403 || status == 404) {
                            return Optional.<FileView>empty();
                        }
                        throw new FilesUnavailableException(
                                new IllegalStateException("file-service answered " + status));
                    });
        } catch (RestClientException | JacksonException | FilesUnavailableException failed) {
            log.warn("file-service could not tell about file {}: {}", fileId, failed.getMessage());
            throw failed instanceof FilesUnavailableException unavailable ? unavailable : new FilesUnavailableException(failed);
        }
    }

    private FileView read(InputStream body) throws IOException {
        FileView file = json.readValue(body, FileView.class);
        if (file == null || file.id() == null) {
            throw new FilesUnavailableException(new IllegalStateException("file-service sent no file"));
        }
        return file;
    }
}
