package io.parley.file.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.springframework.stereotype.Component;

/**
 * Decides a file's type from its bytes. The name is consulted only to tell apart formats that share one
 * container (OLE2 and OOXML office files, QuickTime/MP4, Matroska/WebM), and only when the bytes already are
 * that container: a zip renamed {@code .docx} stays {@code application/zip}, HTML renamed {@code .png} stays
 * {@code text/html}.
 */
@Component
public class ContentInspector {
    private static final Set<MediaType> CONTAINERS = Set.of(
            MediaType.application("x-tika-ooxml"), MediaType.application("x-tika-msoffice"),
            MediaType.video("quicktime"), MediaType.application("x-matroska"));

    private static final Map<String, FileKind> ALLOWED = Map.ofEntries(
            Map.entry("image/jpeg", FileKind.IMAGE),
            Map.entry("image/png", FileKind.IMAGE),
            Map.entry("image/gif", FileKind.IMAGE),
            Map.entry("image/webp", FileKind.IMAGE),
            Map.entry("application/pdf", FileKind.PDF),
            Map.entry("application/msword", FileKind.DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileKind.DOCUMENT),
            Map.entry("application/vnd.ms-excel", FileKind.DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileKind.DOCUMENT),
            Map.entry("application/vnd.ms-powerpoint", FileKind.DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", FileKind.DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.text", FileKind.DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", FileKind.DOCUMENT),
            Map.entry("application/vnd.oasis.opendocument.presentation", FileKind.DOCUMENT),
            Map.entry("text/plain", FileKind.TEXT),
            Map.entry("video/mp4", FileKind.VIDEO),
            Map.entry("video/webm", FileKind.VIDEO),
            Map.entry("video/quicktime", FileKind.VIDEO));

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final MediaTypeRegistry registry = TikaConfig.getDefaultConfig().getMediaTypeRegistry();

    /** The type and kind of the file at {@code content}, or {@link UnsupportedContentException}. */
    public Inspection inspect(Path content, String name) {
        MediaType type = detect(content, null);
        if (CONTAINERS.contains(type) && name != null) {
            MediaType named = detect(content, name);
            if (registry.isSpecializationOf(named, type)) {
                type = named;
            }
        }
        String base = type.getBaseType().toString();
        FileKind kind = ALLOWED.get(base);
        if (kind == null) {
            throw new UnsupportedContentException(base);
        }
        return new Inspection(base, kind);
    }

    private MediaType detect(Path content, String name) {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return detector.detect(in, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
