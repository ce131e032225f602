package io.parley.user.agent;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No agent the caller may see has this id (also when it exists but the caller may not see it). */
class AgentNotFoundException extends ErrorResponseException {

    AgentNotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND);
        getBody().setTitle("Not Found");
        getBody().setDetail(detail);
    }
}
