package io.parley.auth.token;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** {@code POST /auth/guest}: both fields optional. */
record GuestRequest(@Size(max = 100) String name, @Email @Size(max = 254) String email) {}
