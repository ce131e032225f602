package io.parley.queue.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The rules endpoints as an admin, a supervisor and an agent use them, against the real database. */
class RuleSetApiTest extends RulesContext {
    static final String RULES = "/api/v1/queue/rules";

    @Test
    void untilAVersionIsActivatedTheBuiltInDefaultIsActive() throws Exception {
        JsonNode active = get(RULES + "/active", supervisor(), 200);

        assertThat(active.path("version").asLong()).isZero();
        assertThat(active.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(active.path("definition").path("vipPriority").asString()).isEqualTo("URGENT");
        assertThat(active.path("definition").path("aging").path("secondsPerLevel").asLong()).isEqualTo(600);
        assertThat(active.path("definition").path("requeue").path("noAgentReplySeconds").asLong()).isEqualTo(300);
        assertThat(active.path("definition").path("requeue").path("agentOfflineGraceSeconds").asLong()).isEqualTo(60);
        assertThat(get(RULES + "/0", admin(), 200).path("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void anAdminCreatesListsReadsAndActivatesVersionsAndThePreviousOneIsRetired() throws Exception {
        Response created = post(RULES, admin(), """
                {"definition": {"departments": {"Sales": {"mode": "MANUAL"}}}, "comment": "sales by hand"}""");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long first = created.body().path("version").asLong();
        assertThat(created.raw().headers().firstValue("Location")).hasValue(RULES + "/" + first);
        assertThat(created.body().path("status").asString()).isEqualTo("DRAFT");
        assertThat(created.body().path("comment").asString()).isEqualTo("sales by hand");
        assertThat(created.body().path("createdBy").asString()).isEqualTo(ADMIN);
        assertThat(created.body().path("createdAt").isNull()).isFalse();
        assertThat(created.body().path("activatedAt").isNull()).isTrue();
        JsonNode sales = created.body().path("definition").path("departments").path("sales");
        assertThat(sales.path("mode").asString()).isEqualTo("MANUAL");
        assertThat(sales.path("strategy").asString()).isEqualTo("MOST_SPARE_CAPACITY");
        long second = create("{\"aging\": {\"secondsPerLevel\": 0}}", "no aging");

        JsonNode list = get(RULES, supervisor(), 200);
        List<Long> versions = new ArrayList<>();
        list.values().forEach(item -> versions.add(item.path("version").asLong()));
        assertThat(versions).containsSubsequence(second, first).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        list.values().forEach(item -> assertThat(item.has("definition")).isFalse());

        JsonNode read = get(RULES + "/" + first, supervisor(), 200);
        assertThat(read.path("definition")).isEqualTo(created.body().path("definition"));
        assertThat(read.path("status").asString()).isEqualTo("DRAFT");

        JsonNode activated = post(RULES + "/" + first + "/activate", admin(), "", 200);
        assertThat(activated.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(activated.path("activatedAt").isNull()).isFalse();
        assertThat(get(RULES + "/active", supervisor(), 200).path("version").asLong()).isEqualTo(first);
        assertThat(get(RULES + "/0", supervisor(), 200).path("status").asString()).isEqualTo("RETIRED");

        post(RULES + "/" + second + "/activate", admin(), "", 200);
        assertThat(get(RULES + "/" + first, admin(), 200).path("status").asString()).isEqualTo("RETIRED");
        JsonNode active = get(RULES + "/active", admin(), 200);
        assertThat(active.path("version").asLong()).isEqualTo(second);
        assertThat(active.path("definition").path("aging").path("secondsPerLevel").asLong()).isZero();

        JsonNode again = post(RULES + "/" + second + "/activate", admin(), "", 200);
        assertThat(again.path("activatedAt")).isEqualTo(active.path("activatedAt"));

        JsonNode builtIn = post(RULES + "/0/activate", admin(), "", 200);
        assertThat(builtIn.path("version").asLong()).isZero();
        assertThat(builtIn.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(get(RULES + "/" + second, admin(), 200).path("status").asString()).isEqualTo("RETIRED");
    }

    @Test
    void aValidDefinitionValidates() throws Exception {
        JsonNode valid = post(RULES + "/validate", supervisor(), """
                {"departments": {"sales": {"overflow": {"afterSeconds": 120, "to": "support"}}},
                 "rules": [{"name": "billing", "when": {"textContainsAny": ["invoice"]},
                            "then": {"department": "sales", "addSkills": ["billing"]}}]}""", 200);

        assertThat(valid.path("valid").asBoolean()).isTrue();
        assertThat(valid.path("errors").isArray()).isTrue();
        assertThat(valid.path("errors").size()).isZero();
    }

    @Test
    void anInvalidDefinitionIsA400ProblemListingEveryErrorAndNothingIsStored() throws Exception {
        int before = storedVersions();
        String definition = """
                {"departments": {"billing": {}}, "rules": [{"name": "r", "then": {"priority": "SUPER"}}]}""";

        Response validation = post(RULES + "/validate", admin(), definition);
        Response creation = post(RULES, admin(), "{\"definition\": " + definition + "}");

        for (Response response : List.of(validation, creation)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().path("detail").asString()).isEqualTo("the rule set is not valid: departments."
                    + "billing: unknown department 'billing': no agent belongs to it (and 1 more, see errors)");
            assertThat(response.body().path("errors").values())
                    .extracting(e -> e.path("path").asString() + " | " + e.path("message").asString())
                    .containsExactly("departments.billing | unknown department 'billing': no agent belongs to it",
                            "rules[0].then.priority | unknown priority 'SUPER': one of LOW, MEDIUM, HIGH, URGENT");
        }
        assertThat(storedVersions()).isEqualTo(before);
    }

    @Test
    void aCreateRequestNeedsADefinitionAndAtMostAStringComment() throws Exception {
        int before = storedVersions();

        JsonNode problem = post(RULES, admin(), "{\"comment\": 5, \"extra\": true}", 400);

        assertThat(problem.path("errors").values())
                .extracting(e -> e.path("path").asString())
                .containsExactlyInAnyOrder("extra", "comment", "definition");
        assertThat(storedVersions()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsA400Problem() throws Exception {
        for (String path : List.of(RULES, RULES + "/validate")) {
            Response response = post(path, admin(), "{\"definition\": ");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().path("detail").asString()).isEqualTo("malformed JSON");
        }
    }

    @Test
    void aVersionThatNoLongerFitsTheAgentsIsNotActivated() throws Exception {
        insertAgent("rules-agent-leaving", new String[] {"legal"}, new String[] {"law"});
        long version = create("{\"departments\": {\"legal\": {\"mode\": \"MANUAL\"}}}", "legal");
        jdbc.update("delete from agents where agent_id = 'rules-agent-leaving'");

        JsonNode problem = post(RULES + "/" + version + "/activate", admin(), "", 400);

        assertThat(problem.path("errors").get(0).path("path").asString()).isEqualTo("departments.legal");
        assertThat(get(RULES + "/" + version, admin(), 200).path("status").asString()).isEqualTo("DRAFT");
        assertThat(get(RULES + "/active", admin(), 200).path("version").asLong()).isZero();
    }

    @Test
    void anUnknownVersionIsNotFound() throws Exception {
        for (String path : List.of(RULES + "/987654321", RULES + "/not-a-version", RULES + "/-1")) {
            Response response = get(path, admin());
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(post(RULES + "/987654321/activate", admin(), "", 404).path("detail").asString())
                .isEqualTo("rule set version 987654321 not found");
    }

    @Test
    void agentsMayNeitherReadNorWriteAndSupervisorsOnlyRead() throws Exception {
        long version = create("{}", "for the access checks");
        String agent = token("rules-agent-1", "AGENT");
        String customer = token("some-customer", "CUSTOMER");

        for (String token : List.of(agent, customer)) {
            assertForbidden(get(RULES, token));
            assertForbidden(get(RULES + "/active", token));
            assertForbidden(get(RULES + "/" + version, token));
            assertForbidden(post(RULES + "/validate", token, "{}"));
            assertForbidden(post(RULES, token, "{\"definition\": {}}"));
            assertForbidden(post(RULES + "/" + version + "/activate", token, ""));
        }
        assertForbidden(post(RULES, supervisor(), "{\"definition\": {}}"));
        assertForbidden(post(RULES + "/" + version + "/activate", supervisor(), ""));
        assertThat(get(RULES, null).status()).isEqualTo(401);
        assertThat(get(RULES + "/" + version, admin(), 200).path("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void theEndpointsAreInTheApiDocument() throws Exception {
        JsonNode paths = get("/v3/api-docs", null, 200).path("paths");

        assertThat(paths.propertyNames()).contains(RULES, RULES + "/validate", RULES + "/active", RULES + "/{version}",
                RULES + "/{version}/activate");
    }

    static void assertForbidden(Response response) {
        assertThat(response.status()).as(response.raw().request().uri().toString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
