package io.parley.systemtest.client;

import tools.jackson.databind.JsonNode;

/** An HTTP answer: status, content type and body as text, with JSON helpers. */
public record Response(String request, int status, String contentType, String body) {

    public JsonNode json() {
        return Json.read(body);
    }

    /** The {@code detail} of an RFC 9457 problem, or null. */
    public String detail() {
        try {
            JsonNode detail = json().get("detail");
            return detail == null || detail.isNull() ? null : detail.asString();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    public boolean isProblem() {
        return contentType != null && contentType.startsWith("application/problem+json");
    }

    /** Fails, showing the request and the whole answer, unless the status is the expected one. */
    public Response expect(int expected) {
        if (status != expected) {
            throw new AssertionError("expected HTTP " + expected + " from " + this);
        }
        return this;
    }

    @Override
    public String toString() {
        return request + " -> " + status + " " + contentType + " " + body;
    }
}
