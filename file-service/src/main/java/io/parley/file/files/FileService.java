package io.parley.file.files;

import io.parley.file.content.ContentInspector;
import io.parley.file.content.FileKind;
import io.parley.file.content.FileScanner;
import io.parley.file.content.ImageProcessor;
import io.parley.file.content.Inspection;
import io.parley.file.content.ProcessedImage;
import io.parley.file.download.LinkSigner;
import io.parley.file.participants.Participation;
import io.parley.file.participants.Participations;
import io.parley.file.storage.FileStorage;
import io.parley.kit.security.Caller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads, reads and links files. An upload is checked in full (who, limits, type, scanner, image decoding)
 * before anything is stored, and what was stored is removed again if the metadata cannot be saved.
 */
@Service
class FileService {
    private final Participations participations;
    private final StoredFiles files;
    private final UploadBuffer buffer;
    private final ContentInspector inspector;
    private final ImageProcessor images;
    private final List<FileScanner> scanners;
    private final FileStorage storage;
    private final LinkSigner signer;

    FileService(Participations participations, StoredFiles files, UploadBuffer buffer, ContentInspector inspector,
            ImageProcessor images, ObjectProvider<FileScanner> scanners, FileStorage storage, LinkSigner signer) {
        this.participations = participations;
        this.files = files;
        this.buffer = buffer;
        this.inspector = inspector;
        this.images = images;
        this.scanners = scanners.orderedStream().toList();
        this.storage = storage;
        this.signer = signer;
    }

    FileView upload(Caller caller, UUID conversationId, MultipartFile part) {
        Participation conversation = participations.find(conversationId)
                .orElseThrow(() -> Problems.conversationNotFound(conversationId));
        if (!conversation.isParticipant(caller.id())) {
            throw caller.isSupervisor()
                    ? Problems.of(HttpStatus.FORBIDDEN, "supervisors and admins may not upload files")
                    : Problems.conversationNotFound(conversationId);
        }
        if (conversation.ended()) {
            throw Problems.of(HttpStatus.CONFLICT, "conversation " + conversationId + " has ended");
        }
        String name = FileNames.sanitise(part.getOriginalFilename());
        Path received = buffer.receive(part);
        try {
            Inspection inspection = inspector.inspect(received, name);
            for (FileScanner scanner : scanners) {
                FileScanner.Verdict verdict = scanner.scan(received, inspection.contentType());
                if (!verdict.accepted()) {
                    throw Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "the file was rejected: " + verdict.reason());
                }
            }
            return FileView.of(store(caller, conversationId, name, inspection, received));
        } finally {
            deleteQuietly(received);
        }
    }

    FileView view(Caller caller, UUID id) {
        return FileView.of(visible(caller, id));
    }

    LinkSigner.Link link(Caller caller, UUID id, Variant variant) {
        StoredFile file = visible(caller, id);
        if (variant == Variant.THUMBNAIL && !file.hasThumbnail()) {
            throw Problems.of(HttpStatus.NOT_FOUND, "file " + id + " has no thumbnail");
        }
        return signer.sign(file.id(), variant);
    }

    /** The file if the caller took part in its conversation, uploaded it, or supervises; else 404. */
    private StoredFile visible(Caller caller, UUID id) {
        StoredFile file = files.find(id).orElseThrow(() -> Problems.fileNotFound(id));
        boolean participant = participations.find(UUID.fromString(file.conversationId()))
                .map(p -> p.isParticipant(caller.id()))
                .orElse(false);
        if (participant || caller.isSupervisor() || caller.id().equals(file.uploaderId())) {
            return file;
        }
        throw Problems.fileNotFound(id);
    }

    private StoredFile store(Caller caller, UUID conversationId, String name, Inspection inspection, Path received)
            throws RuntimeException {
        String id = UUID.randomUUID().toString();
        ProcessedImage image = inspection.kind() == FileKind.IMAGE
                ? images.process(received, inspection.contentType())
                : null;
        StoredFile file = new StoredFile(id, conversationId.toString(), caller.id(), name, inspection.contentType(),
                image == null ? size(received) : image.content().length, inspection.kind(),
                image == null ? null : image.width(), image == null ? null : image.height(),
                image == null || !image.hasThumbnail() ? null : image.thumbnailType(),
                image == null || !image.hasThumbnail() ? 0 : image.thumbnail().length,
                Instant.now());
        try {
            if (image == null) {
                storage.put(file.key(Variant.ORIGINAL), received, file.contentType());
            } else {
                storage.put(file.key(Variant.ORIGINAL), image.content(), file.contentType());
                if (image.hasThumbnail()) {
                    storage.put(file.key(Variant.THUMBNAIL), image.thumbnail(), image.thumbnailType());
                }
            }
            files.insert(file);
            return file;
        } catch (RuntimeException e) {
            storage.delete(file.key(Variant.ORIGINAL));
            storage.delete(file.key(Variant.THUMBNAIL));
            throw e;
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans its temp directory
        }
    }
}
