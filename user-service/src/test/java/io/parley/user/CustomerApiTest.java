package io.parley.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.contracts.events.CustomerUpdated;
import io.parley.contracts.events.EventTypes;
import io.parley.testsupport.TestTokens;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Customers' VIP flag and attributes: the default view, changes, customer.updated, rejected input and roles. */
class CustomerApiTest extends FullServiceTest {

    @Autowired
    JsonMapper json;

    final String customer = UUID.randomUUID().toString();

    @Test
    void customerNobodySetIsNotVipWithoutAttributes() throws Exception {
        HttpResponse<String> response = get("/api/v1/customers/" + customer, agentToken(ALICE));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()))
                .isEqualTo(json.readTree("{\"customerId\":\"" + customer + "\",\"vip\":false,\"attributes\":{},\"updatedAt\":null}"));
    }

    @Test
    void supervisorMarksACustomerVipAndTheEventCarriesTheFullState() throws Exception {
        HttpResponse<String> response = put("/api/v1/customers/" + customer, supervisorToken(),
                "{\"vip\":true,\"attributes\":{\"plan\":\"enterprise\",\"account.tier\":\"2\"}}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode view = json.readTree(response.body());
        assertThat(view.path("vip").asBoolean()).isTrue();
        assertThat(view.path("attributes").path("plan").asString()).isEqualTo("enterprise");
        Instant updatedAt = Instant.parse(view.path("updatedAt").asString());
        assertThat(json.readTree(get("/api/v1/customers/" + customer, agentToken(BOB)).body())).isEqualTo(view);
        CustomerUpdated event =
                published(lastEventId(EventTypes.CUSTOMER_UPDATED, "customerId", customer), CustomerUpdated.class);
        assertThat(event).isEqualTo(new CustomerUpdated(
                customer, true, Map.of("account.tier", "2", "plan", "enterprise"), updatedAt));
    }

    @Test
    void changingOnlyVipKeepsTheAttributesAndAnnouncesTheFullState() throws Exception {
        put("/api/v1/customers/" + customer, adminToken(), "{\"vip\":true,\"attributes\":{\"plan\":\"gold\"}}");

        HttpResponse<String> response = put("/api/v1/customers/" + customer, adminToken(), "{\"vip\":false}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"vip\":false", "\"plan\":\"gold\"");
        CustomerUpdated event =
                published(lastEventId(EventTypes.CUSTOMER_UPDATED, "customerId", customer), CustomerUpdated.class);
        assertThat(event.vip()).isFalse();
        assertThat(event.attributes()).containsExactly(Map.entry("plan", "gold"));
    }

    @Test
    void badInputIsRejectedAndChangesNothing() throws Exception {
        put("/api/v1/customers/" + customer, adminToken(), "{\"vip\":true,\"attributes\":{\"plan\":\"gold\"}}");
        String before = get("/api/v1/customers/" + customer, adminToken()).body();
        int rows = outboxRows("customerId", customer);

        for (String body : List.of("{\"attributes\":{}}", "{\"vip\":false,\"attributes\":{\"bad key\":\"x\"}}",
                "{\"vip\":false,\"attributes\":{\"note\":\"" + "x".repeat(201) + "\"}}", "{\"vip\":")) {
            HttpResponse<String> response = put("/api/v1/customers/" + customer, adminToken(), body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).contains("\"detail\"");
        }

        assertThat(get("/api/v1/customers/" + customer, adminToken()).body()).isEqualTo(before);
        assertThat(outboxRows("customerId", customer)).isEqualTo(rows);
    }

    @Test
    void agentMayReadButNotChangeAndACustomerMayDoNeither() throws Exception {
        String guest = TestTokens.token(customer, List.of("GUEST"), List.of(), "Guest");

        assertThat(put("/api/v1/customers/" + customer, agentToken(ALICE), "{\"vip\":true}").statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/customers/" + customer, guest).statusCode()).isEqualTo(403);
        assertThat(put("/api/v1/customers/" + customer, guest, "{\"vip\":true}").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/customers/" + customer, agentToken(ALICE)).body()).contains("\"vip\":false");
        assertThat(outboxRows("customerId", customer)).isZero();
    }

    @Test
    void idThatCannotBeACustomerIsNotFound() throws Exception {
        assertThat(get("/api/v1/customers/" + "x".repeat(101), agentToken(ALICE)).statusCode()).isEqualTo(404);
        assertThat(put("/api/v1/customers/bad_id", adminToken(), "{\"vip\":true}").statusCode()).isEqualTo(404);
    }
}
