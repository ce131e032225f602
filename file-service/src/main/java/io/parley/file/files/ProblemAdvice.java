package io.parley.file.files;

import io.parley.file.content.InvalidImageException;
import io.parley.file.content.UnsupportedContentException;
import io.parley.file.platform.FilesProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of this service as problem+json with a clear detail (Spring MVC's own ones included). */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {
    private final long maxBytes;

    ProblemAdvice(FilesProperties files) {
        this.maxBytes = files.maxBytes();
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "the file is larger than the limit of " + maxBytes + " bytes");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> notMultipart(MultipartException ex) {
        return problem(HttpStatus.BAD_REQUEST, "expected a multipart/form-data upload with a file part");
    }

    @ExceptionHandler(UnsupportedContentException.class)
    ResponseEntity<Object> unsupported(UnsupportedContentException ex) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "files of type " + ex.detectedType() + " are not accepted");
    }

    @ExceptionHandler(InvalidImageException.class)
    ResponseEntity<Object> invalidImage(InvalidImageException ex) {
        return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
