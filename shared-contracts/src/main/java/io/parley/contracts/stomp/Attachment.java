package io.parley.contracts.stomp;

import java.util.UUID;

/** A file attached to a message (metadata from file-service; the bytes come through a signed link). */
public record Attachment(
        UUID id, String name, String contentType, long size, String kind, Integer width, Integer height, boolean hasThumbnail) {}
