package io.parley.chat.files;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.parley.contracts.stomp.Attachment;
import java.util.UUID;

/** The part of file-service's {@code FileView} that chat-service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
record FileView(UUID id, UUID conversationId, String uploaderId, String name, String contentType, Long size,
        String kind, Integer width, Integer height, Boolean hasThumbnail) {

    Attachment toAttachment() {
        return new Attachment(id, name, contentType, size == null ? 0 : size, kind, width, height,
                Boolean.TRUE.equals(hasThumbnail));
    }
}
