package io.parley.chat.conversation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Only an ENDED conversation can be reopened: 409 problem. */
class ConversationNotEndedException extends ErrorResponseException {

    ConversationNotEndedException() {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "conversation has not ended"),
                null);
    }
}
