package io.parley.user.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Input that breaks a rule the request record checks: a 400 problem whose detail says which. */
public class BadInputException extends ErrorResponseException {

    public BadInputException(String detail) {
        super(HttpStatus.BAD_REQUEST);
        getBody().setTitle("Bad Request");
        getBody().setDetail(detail);
    }
}
