package io.parley.file.download;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /files/{id}/{variant}?expires=&sig=}, without a token: the bytes, typed as detected, never sniffed,
 * sandboxed if opened as a page, cached privately only while the link is valid.
 */
@RestController
class DownloadController {
    private final DownloadService downloads;

    DownloadController(DownloadService downloads) {
        this.downloads = downloads;
    }

    @Operation(summary = "Download a file or thumbnail through a signed link (no token)")
    @GetMapping("/files/{id}/{variant}")
    ResponseEntity<InputStreamResource> download(@PathVariable String id, @PathVariable String variant,
            @RequestParam(required = false) String expires, @RequestParam(required = false) String sig) {
        Download download = downloads.open(id, variant, expires, sig);
        String disposition = (download.inline() ? "inline" : "attachment") + "; filename*=UTF-8''"
                + encode(download.name());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .contentLength(download.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=" + download.maxAgeSeconds())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(new InputStreamResource(download.content()));
    }

    /** RFC 8187 value characters: letters, digits and {@code !#$&+-.^_`|~} as they are, every other byte as %XX. */
    static String encode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (plain) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
