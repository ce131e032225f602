package io.parley.systemtest.client;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** The REST calls of the story (docs/architecture.md), through the gateway, failing on unexpected statuses. */
public final class ParleyApi {
    public static final String DEMO_PASSWORD = "parley-demo";

    private final Rest rest;

    public ParleyApi(URI gateway) {
        this.rest = new Rest(gateway);
    }

    public Rest rest() {
        return rest;
    }

    /** {@code POST /api/v1/auth/guest}: a new guest with its token. */
    public Session guest(String name) {
        return session(rest.post("/api/v1/auth/guest", null, Map.of("name", name)).expect(201), name);
    }

    /** {@code POST /api/v1/auth/login}. */
    public Session login(String email, String password) {
        Map<String, String> body = Map.of("email", email, "password", password);
        return session(rest.post("/api/v1/auth/login", null, body).expect(200), email);
    }

    static Session session(Response response, String label) {
        JsonNode token = response.json();
        return new Session(token.get("userId").asString(), token.get("accessToken").asString(), label);
    }

    /** {@code PUT /api/v1/agents/me/status}. */
    public JsonNode setStatus(Session agent, String status, Integer capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        return rest.put("/api/v1/agents/me/status", agent.accessToken(), body).expect(200).json();
    }

    /** {@code POST /api/v1/conversations}: 201 and a QUEUED conversation. */
    public JsonNode startConversation(Session customer, UUID clientMessageId, String text, String department) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientMessageId", clientMessageId.toString());
        body.put("text", text);
        body.put("department", department);
        return rest.post("/api/v1/conversations", customer.accessToken(), body).expect(201).json();
    }

    public JsonNode conversation(Session caller, UUID id) {
        return rest.get("/api/v1/conversations/" + id, caller.accessToken()).expect(200).json();
    }

    /** {@code GET /api/v1/conversations}: the caller's conversations. */
    public List<JsonNode> conversations(Session caller) {
        return list(rest.get("/api/v1/conversations", caller.accessToken()).expect(200).json());
    }

    public JsonNode end(Session caller, UUID id) {
        return rest.post("/api/v1/conversations/" + id + "/end", caller.accessToken(), null).expect(200).json();
    }

    /** Every MESSAGE of the conversation in seq order, read page by page. */
    public List<JsonNode> history(Session caller, UUID id) {
        List<JsonNode> all = new ArrayList<>();
        long after = 0;
        while (true) {
            String path = "/api/v1/conversations/" + id + "/messages?afterSeq=" + after + "&limit=100";
            List<JsonNode> page = list(rest.get(path, caller.accessToken()).expect(200).json());
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(page);
            after = page.getLast().get("seq").asLong();
        }
    }

    /** {@code GET /api/v1/queue/conversations/{id}}. */
    public JsonNode queueEntry(Session caller, UUID id) {
        return rest.get("/api/v1/queue/conversations/" + id, caller.accessToken()).expect(200).json();
    }

    /** {@code GET /api/v1/conversations/{id}/events?afterSeq=0&limit=1000}: the timeline the caller may see. */
    public List<JsonNode> events(Session caller, UUID id) {
        String path = "/api/v1/conversations/" + id + "/events?afterSeq=0&limit=1000";
        return list(rest.get(path, caller.accessToken()).expect(200).json());
    }

    /** {@code GET /api/v1/queue} (supervisors and admins): the line and the agents. */
    public JsonNode queueOverview(Session supervisor) {
        return rest.get("/api/v1/queue", supervisor.accessToken()).expect(200).json();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
