package io.parley.auth.token;

import java.util.List;
import java.util.UUID;

/** What guest, login and refresh answer: a new access token, a new refresh token and who they are for. */
record TokenResponse(
        String accessToken, String refreshToken, String tokenType, long expiresIn, UUID userId, List<String> roles) {}
