package io.parley.file.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.stereotype.Component;

/**
 * Re-encodes images so that nothing but pixels is kept (EXIF with its GPS position and camera serials, XMP,
 * comments), after turning them upright by their EXIF orientation, and makes the thumbnail. JPEG stays JPEG,
 * PNG stays PNG, GIF stays GIF (an animated GIF keeps its first frame); WebP, which the JDK cannot decode, has
 * its metadata chunks removed instead ({@link WebpMetadata}) and gets no thumbnail.
 */
@Component
public class ImageProcessor {
    public static final int THUMBNAIL_SIDE = 320;
    /** Larger images are refused before decoding (a small file may claim a huge canvas). */
    static final long MAX_PIXELS = 50_000_000L;

    public ProcessedImage process(Path original, String contentType) {
        try {
            if (contentType.equals("image/webp")) {
                WebpMetadata.Stripped webp = WebpMetadata.strip(Files.readAllBytes(original));
                return new ProcessedImage(webp.content(), contentType, webp.width(), webp.height(), null, null);
            }
            String format = switch (contentType) {
                case "image/jpeg" -> "jpg";
                case "image/png" -> "png";
                case "image/gif" -> "gif";
                default -> throw new IllegalArgumentException("not an image type: " + contentType);
            };
            checkPixels(original);
            BufferedImage upright = Thumbnails.of(original.toFile()).scale(1.0).asBufferedImage();
            byte[] content = encode(upright, format, 1.0);
            int longest = Math.max(upright.getWidth(), upright.getHeight());
            byte[] thumbnail = encode(upright, format.equals("jpg") ? "jpg" : "png",
                    Math.min(1.0, (double) THUMBNAIL_SIDE / longest));
            return new ProcessedImage(content, contentType, upright.getWidth(), upright.getHeight(), thumbnail,
                    format.equals("jpg") ? "image/jpeg" : "image/png");
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidImageException invalid) {
                throw invalid;
            }
            throw new InvalidImageException("the image could not be read");
        }
    }

    private static byte[] encode(BufferedImage image, String format, double scale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var builder = Thumbnails.of(image).scale(scale).outputFormat(format);
        if (format.equals("jpg")) {
            builder.outputQuality(0.9);
        }
        builder.toOutputStream(out);
        return out.toByteArray();
    }

    private static void checkPixels(Path original) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(original.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new InvalidImageException("the image could not be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new InvalidImageException("the image has more than " + MAX_PIXELS + " pixels");
                }
            } finally {
                reader.dispose();
            }
        }
    }
}
