package io.parley.file.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.file.support.Samples;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageProcessorTest {
    private final ImageProcessor images = new ImageProcessor();

    @TempDir
    Path dir;

    @Test
    void exifIsGoneFromTheReEncodedJpeg() throws IOException {
        byte[] withExif = Samples.jpegWithExif(64, 48);
        assertThat(Samples.contains(withExif, Samples.EXIF_MARKER.getBytes(StandardCharsets.US_ASCII))).isTrue();

        ProcessedImage image = images.process(write(withExif), "image/jpeg");

        byte[] marker = Samples.EXIF_MARKER.getBytes(StandardCharsets.US_ASCII);
        assertThat(Samples.contains(image.content(), marker)).isFalse();
        assertThat(Samples.contains(image.content(), "Exif\0\0".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(Samples.contains(image.content(), new byte[] {(byte) 0xFF, (byte) 0xE1})).isFalse();
        assertThat(decode(image.content()).getWidth()).isEqualTo(64);
        assertThat(image.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void thumbnailsHaveALongestSideOf320AndKeepTheAspectRatio() throws IOException {
        ProcessedImage image = images.process(write(Samples.png(1280, 640)), "image/png");

        BufferedImage thumbnail = decode(image.thumbnail());
        assertThat(image.width()).isEqualTo(1280);
        assertThat(image.height()).isEqualTo(640);
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(160);
        assertThat(image.thumbnailType()).isEqualTo("image/png");
    }

    @Test
    void smallImagesAreNotEnlargedForTheThumbnail() throws IOException {
        ProcessedImage image = images.process(write(Samples.jpeg(100, 50)), "image/jpeg");

        BufferedImage thumbnail = decode(image.thumbnail());
        assertThat(thumbnail.getWidth()).isEqualTo(100);
        assertThat(thumbnail.getHeight()).isEqualTo(50);
        assertThat(image.thumbnailType()).isEqualTo("image/jpeg");
    }

    @Test
    void aBrokenImageIsRefused() throws IOException {
        byte[] broken = java.util.Arrays.copyOf(Samples.png(50, 50), 40);

        assertThatThrownBy(() -> images.process(write(broken), "image/png")).isInstanceOf(InvalidImageException.class);
    }

    @Test
    void webpLosesItsExifAndXmpChunksButKeepsItsImageData() {
        byte[] vp8x = {0x0C, 0, 0, 0, 99, 0, 0, 49, 0, 0};
        byte[] webp = riff(chunk("VP8X", vp8x), chunk("VP8L", new byte[] {0x2F, 0, 0, 0, 0}),
                chunk("EXIF", "MM-secret".getBytes(StandardCharsets.US_ASCII)), chunk("XMP ", "<x/>".getBytes()));

        WebpMetadata.Stripped stripped = WebpMetadata.strip(webp);

        assertThat(Samples.contains(stripped.content(), "secret".getBytes())).isFalse();
        assertThat(Samples.contains(stripped.content(), "XMP ".getBytes())).isFalse();
        assertThat(Samples.contains(stripped.content(), "VP8L".getBytes())).isTrue();
        assertThat(stripped.content()[20] & 0x0C).isZero();
        assertThat(stripped.width()).isEqualTo(100);
        assertThat(stripped.height()).isEqualTo(50);
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "image", ".bin"), content);
    }

    private static BufferedImage decode(byte[] content) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(content));
    }

    private static byte[] chunk(String id, byte[] data) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(8 + data.length + (data.length & 1))
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        return buffer.put(id.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data).array();
    }

    private static byte[] riff(byte[]... chunks) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (byte[] c : chunks) {
            body.writeBytes(c);
        }
        return java.nio.ByteBuffer.allocate(12 + body.size()).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes()).putInt(4 + body.size()).put("WEBP".getBytes()).put(body.toByteArray()).array();
    }
}
