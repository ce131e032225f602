package io.parley.file.download;

import io.parley.file.content.FileKind;
import io.parley.file.files.Problems;
import io.parley.file.files.StoredFile;
import io.parley.file.files.StoredFiles;
import io.parley.file.files.Variant;
import io.parley.file.storage.FileStorage;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Opens the bytes a signed link names. An altered or unknown link answers 403 (the same for both, so ids cannot
 * be probed); a genuine but expired one 410.
 */
@Service
class DownloadService {
    private static final EnumSet<FileKind> INLINE = EnumSet.of(FileKind.IMAGE, FileKind.PDF, FileKind.VIDEO);

    private final LinkSigner signer;
    private final StoredFiles files;
    private final FileStorage storage;

    DownloadService(LinkSigner signer, StoredFiles files, FileStorage storage) {
        this.signer = signer;
        this.files = files;
        this.storage = storage;
    }

    Download open(String id, String variantName, String expires, String sig) {
        Instant now = Instant.now();
        switch (signer.check(id, variantName, expires, sig, now)) {
            case INVALID -> throw invalid();
            case EXPIRED -> throw Problems.of(HttpStatus.GONE, "this link has expired; ask for a new one");
            case VALID -> { }
        }
        Variant variant = Variant.valueOf(variantName);
        StoredFile file = parse(id).flatMap(files::find).orElseThrow(DownloadService::invalid);
        if (variant == Variant.THUMBNAIL && !file.hasThumbnail()) {
            throw invalid();
        }
        long maxAge = Math.max(0, Long.parseLong(expires) - now.getEpochSecond());
        try {
            return variant == Variant.THUMBNAIL
                    ? new Download(storage.open(file.key(variant)), file.thumbnailType(), file.thumbnailSize(),
                            file.name(), true, maxAge)
                    : new Download(storage.open(file.key(variant)), file.contentType(), file.size(), file.name(),
                            INLINE.contains(file.kind()), maxAge);
        } catch (FileStorage.MissingObjectException e) {
            throw invalid();
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ErrorResponseException invalid() {
        return Problems.of(HttpStatus.FORBIDDEN, "this link is not valid");
    }
}
