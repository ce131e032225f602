package io.parley.file.files;

import io.parley.file.platform.FilesProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Copies an uploaded part to a private temporary file, counting while it copies: past
 * {@code parley.files.max-bytes} the copy stops and the file is deleted (413); an empty part is refused (400).
 * The servlet container enforces the same limit while the request streams in; this holds if it is configured
 * otherwise. The caller deletes the returned file.
 */
@Component
class UploadBuffer {
    private final long maxBytes;

    UploadBuffer(FilesProperties files) {
        this.maxBytes = files.maxBytes();
    }

    Path receive(MultipartFile part) {
        Path temp = null;
        try {
            temp = Files.createTempFile("parley-upload-", ".part");
            long total = 0;
            try (InputStream in = part.getInputStream(); OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > maxBytes) {
                        throw tooLarge(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (total == 0) {
                throw Problems.of(HttpStatus.BAD_REQUEST, "the file is empty");
            }
            Path received = temp;
            temp = null;
            return received;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                temp.toFile().delete();
            }
        }
    }

    static RuntimeException tooLarge(long maxBytes) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "the file is larger than the limit of " + maxBytes + " bytes");
    }
}
