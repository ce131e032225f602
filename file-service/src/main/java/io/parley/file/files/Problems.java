package io.parley.file.files;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** RFC 9457 problems the files API answers with (rendered as problem+json by {@link ProblemAdvice}). */
public final class Problems {
    private Problems() {}

    public static ErrorResponseException of(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    static ErrorResponseException fileNotFound(Object id) {
        return of(HttpStatus.NOT_FOUND, "file " + id + " not found");
    }

    static ErrorResponseException conversationNotFound(Object id) {
        return of(HttpStatus.NOT_FOUND, "conversation " + id + " not found");
    }
}
