package io.parley.queue.rules;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems of the rules endpoints (only those: other advice of the service is not affected): 400 with
 * an {@code errors} array of {path, message}, 400 "malformed JSON", 404 for an unknown version.
 */
@RestControllerAdvice(assignableTypes = RuleSetController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleSetProblems {

    @ExceptionHandler
    ProblemDetail invalid(InvalidRuleSetException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid rule set");
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(RuleSetNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "malformed JSON");
    }
}
