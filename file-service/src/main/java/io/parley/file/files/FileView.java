package io.parley.file.files;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.parley.file.content.FileKind;
import java.time.Instant;

/** A file as the API shows it; {@code width} and {@code height} only for images whose size is known. */
public record FileView(
        String id,
        String conversationId,
        String uploaderId,
        String name,
        String contentType,
        long size,
        FileKind kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer width,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer height,
        boolean hasThumbnail,
        Instant createdAt) {

    static FileView of(StoredFile file) {
        return new FileView(file.id(), file.conversationId(), file.uploaderId(), file.name(), file.contentType(),
                file.size(), file.kind(), file.width(), file.height(), file.hasThumbnail(), file.createdAt());
    }
}
