package io.parley.file.content;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Removes the {@code EXIF} and {@code XMP } chunks of a WebP file (RIFF container) and clears their flags in
 * {@code VP8X}; the image data and colour profile stay as they are. Also reads the canvas size.
 */
final class WebpMetadata {

    record Stripped(byte[] content, int width, int height) {}

    private WebpMetadata() {}

    static Stripped strip(byte[] webp) {
        ByteBuffer in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        if (webp.length < 20 || !fourCc(webp, 0).equals("RIFF") || !fourCc(webp, 8).equals("WEBP")) {
            throw new InvalidImageException("the image could not be read");
        }
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        int width = 0;
        int height = 0;
        int at = 12;
        while (at + 8 <= webp.length) {
            String id = fourCc(webp, at);
            long size = Integer.toUnsignedLong(in.getInt(at + 4));
            long padded = size + (size & 1);
            if (at + 8 + size > webp.length) {
                throw new InvalidImageException("the image could not be read");
            }
            int data = at + 8;
            if (id.equals("VP8X") && size >= 10) {
                webp[data] &= (byte) ~0x0C;
                width = 1 + u24(webp, data + 4);
                height = 1 + u24(webp, data + 7);
            } else if (id.equals("VP8 ") && size >= 10 && width == 0) {
                width = (in.getShort(data + 6) & 0x3FFF);
                height = (in.getShort(data + 8) & 0x3FFF);
            } else if (id.equals("VP8L") && size >= 5 && width == 0) {
                int bits = in.getInt(data + 1);
                width = 1 + (bits & 0x3FFF);
                height = 1 + ((bits >>> 14) & 0x3FFF);
            }
            if (!id.equals("EXIF") && !id.equals("XMP ")) {
                chunks.write(webp, at, (int) Math.min(8 + padded, webp.length - at));
            }
            at += (int) (8 + padded);
        }
        byte[] body = chunks.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
        return new Stripped(out.array(), width, height);
    }

    private static String fourCc(byte[] bytes, int at) {
        return new String(bytes, at, 4, StandardCharsets.US_ASCII);
    }

    private static int u24(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16;
    }
}
