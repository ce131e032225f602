package io.parley.systemtest.client;

/** A signed-in user: id and access token, as auth-service's TokenResponse gives them. */
public record Session(String userId, String accessToken, String label) {

    @Override
    public String toString() {
        return label + " (" + userId + ")"; // never the token
    }
}
