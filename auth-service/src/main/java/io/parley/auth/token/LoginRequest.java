package io.parley.auth.token;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /auth/login}. */
record LoginRequest(
        @NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String password) {

    @Override
    public String toString() {
        return "LoginRequest[email=" + email + "]";
    }
}
