package io.parley.auth.token;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Guest tokens, staff login, refresh-token rotation, logout, and the caller's own claims. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {
    private final TokenService tokens;
    private final CustomerIdentity identity;
    private final Validator validator;

    AuthController(TokenService tokens, CustomerIdentity identity, Validator validator) {
        this.tokens = tokens;
        this.identity = identity;
        this.validator = validator;
    }

    /** Checked here rather than with {@code @Valid}, so that a disabled feature answers 404 whatever the body. */
    private CustomerRequest valid(CustomerRequest request) {
        String detail = validator.validate(request).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        if (!detail.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail), null);
        }
        return request;
    }

    @Operation(summary = "Create a guest account and return its tokens (role GUEST)")
    @PostMapping("/guest")
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse guest(@Valid @RequestBody(required = false) GuestRequest request) {
        GuestRequest body = request == null ? new GuestRequest(null, null) : request;
        return tokens.startGuest(body.name(), body.email());
    }

    @Operation(summary = "Sign in a customer the host site vouches for (role CUSTOMER, the same id on every device);"
            + " 404 when PARLEY_IDENTITY_SECRET is not set")
    @PostMapping("/customer")
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse customer(@RequestBody(required = false) CustomerRequest request) {
        if (!identity.enabled()) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND,
                    ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "verified customer identity is not enabled"),
                    null);
        }
        CustomerRequest body = valid(request == null ? new CustomerRequest(null, null, null, null) : request);
        return tokens.startCustomer(body.externalId(), body.signature(), body.name(), body.email());
    }

    @Operation(summary = "Log in an agent, supervisor or admin with email and password")
    @PostMapping("/login")
    TokenResponse login(@Valid @RequestBody LoginRequest request) {
        return tokens.login(request.email(), request.password());
    }

    @Operation(summary = "Exchange a refresh token for new tokens (the old refresh token stops working)")
    @PostMapping("/refresh")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        return tokens.refresh(request.refreshToken());
    }

    @Operation(summary = "End the session the refresh token belongs to")
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@Valid @RequestBody RefreshRequest request) {
        tokens.logout(request.refreshToken());
    }

    @Operation(summary = "The claims of the caller's access token")
    @GetMapping("/me")
    Map<String, Object> me(@AuthenticationPrincipal Jwt jwt) {
        return jwt.getClaims();
    }
}
