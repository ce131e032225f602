package io.parley.file.content;

/**
 * An image ready to store: re-encoded without metadata, its size in pixels, and a thumbnail (longest side at
 * most {@link ImageProcessor#THUMBNAIL_SIDE} px) or null where none can be made.
 */
public record ProcessedImage(
        byte[] content, String contentType, int width, int height, byte[] thumbnail, String thumbnailType) {

    public boolean hasThumbnail() {
        return thumbnail != null;
    }
}
