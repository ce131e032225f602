package io.parley.user.customer;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The path does not name a possible customer id. */
class CustomerNotFoundException extends ErrorResponseException {

    CustomerNotFoundException() {
        super(HttpStatus.NOT_FOUND);
        getBody().setTitle("Not Found");
        getBody().setDetail("no customer with this id");
    }
}
