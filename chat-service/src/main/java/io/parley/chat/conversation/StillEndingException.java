package io.parley.chat.conversation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The conversation ended so recently that its {@code conversation.ended} has not left yet (the broker may be
 * down): a reopen now could overtake it, so the client is asked to retry (503 problem, {@code Retry-After}).
 */
class StillEndingException extends ErrorResponseException {

    StillEndingException() {
        super(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the conversation is still ending; try again in a moment"), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, "2");
    }
}
