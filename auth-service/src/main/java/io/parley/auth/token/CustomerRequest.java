package io.parley.auth.token;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /auth/customer}: the host site's id of the customer, its signature, and optional details. */
record CustomerRequest(
        @NotNull @Size(min = 1, max = 200) String externalId,
        @Size(max = 100) String name,
        @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 128) String signature) {}
