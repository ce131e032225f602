package io.parley.file.files;

import io.parley.file.content.FileKind;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored file's metadata ({@code files} collection). The bytes are under {@link #key(Variant)} in the
 * {@code FileStorage}.
 *
 * @param size bytes of the stored original (after metadata stripping)
 * @param thumbnailType the thumbnail's type, or null when there is none
 */
@Document("files")
public record StoredFile(
        @Id String id,
        String conversationId,
        String uploaderId,
        String name,
        String contentType,
        long size,
        FileKind kind,
        Integer width,
        Integer height,
        String thumbnailType,
        long thumbnailSize,
        Instant createdAt) {

    public boolean hasThumbnail() {
        return thumbnailType != null;
    }

    public String key(Variant variant) {
        String original = conversationId + "/" + id;
        return variant == Variant.THUMBNAIL ? original + ".thumbnail" : original;
    }
}
