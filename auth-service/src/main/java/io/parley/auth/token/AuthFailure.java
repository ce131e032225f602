package io.parley.auth.token;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refused login or refresh: answered 401 with a problem body whose detail is the message. */
class AuthFailure extends ErrorResponseException {

    AuthFailure(String detail) {
        super(HttpStatus.UNAUTHORIZED, ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail), null);
    }

    static AuthFailure badCredentials() {
        return new AuthFailure("email or password is wrong");
    }

    static AuthFailure badRefreshToken(String why) {
        return new AuthFailure("refresh token " + why);
    }
}
