package io.parley.file.files;

import io.parley.file.download.LinkSigner;
import io.parley.kit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The files API for a conversation's participants (and, to read, supervisors and admins). */
@RestController
@RequestMapping("/api/v1/files")
class FileController {
    private final FileService files;

    FileController(FileService files) {
        this.files = files;
    }

    @Operation(summary = "Upload a file to a conversation (its customer or assigned agent)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    FileView upload(@AuthenticationPrincipal Jwt jwt, @RequestPart("file") MultipartFile file,
            @RequestParam("conversationId") UUID conversationId) {
        return files.upload(Caller.from(jwt), conversationId, file);
    }

    @Operation(summary = "A file's metadata")
    @GetMapping("/{id}")
    FileView view(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        return files.view(Caller.from(jwt), id);
    }

    @Operation(summary = "A signed, expiring download link for a file or its thumbnail")
    @PostMapping("/{id}/links")
    LinkSigner.Link link(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
            @Valid @RequestBody LinkRequest request) {
        return files.link(Caller.from(jwt), id, request.variant());
    }
}
