package io.parley.user.customer;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parley.kit.security.Caller;
import io.parley.kit.security.SecurityAutoConfiguration;
import io.parley.user.customer.CustomerRequest.CustomerChange;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/customers/{customerId}}: who may read and write, the default view, checked input. */
@WebMvcTest(CustomerController.class)
@ImportAutoConfiguration(SecurityAutoConfiguration.class)
@Import({io.parley.user.web.WebTestImports.class, io.parley.testsupport.TestTokens.Decoder.class})
class CustomerControllerTest {
    private static final String CUSTOMER = "5f1c2f9e-3a6b-4f44-9d43-7c1e0b6a2d10";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CustomerService service;

    static JwtRequestPostProcessor as(String... roles) {
        return jwt().jwt(j -> j.subject(UUID.randomUUID().toString()).claim("roles", List.of(roles)))
                .authorities(Arrays.stream(roles)
                        .<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                        .toList());
    }

    @Test
    void agentReadsACustomerNobodySetAsNotVipWithoutAttributes() throws Exception {
        given(service.get(CUSTOMER)).willReturn(Customer.unset(CUSTOMER));

        mvc.perform(get("/api/v1/customers/" + CUSTOMER).with(as("AGENT")))
                .andExpect(status().isOk())
                .andExpect(content().json(
                        "{\"customerId\":\"" + CUSTOMER + "\",\"vip\":false,\"attributes\":{},\"updatedAt\":null}",
                        JsonCompareMode.STRICT));
    }

    @Test
    void customerMayNotReadCustomers() throws Exception {
        for (String role : List.of("GUEST", "CUSTOMER")) {
            mvc.perform(get("/api/v1/customers/" + CUSTOMER).with(as(role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        verifyNoInteractions(service);
    }

    @Test
    void idThatCannotBeACustomerIsNotFound() throws Exception {
        for (String id : List.of("has_underscore", "a.b", "x".repeat(101))) {
            mvc.perform(get("/api/v1/customers/" + id).with(as("SUPERVISOR")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value("no customer with this id"));
        }
        verifyNoInteractions(service);
    }

    @Test
    void supervisorMarksACustomerVipWithAttributes() throws Exception {
        CustomerChange change = new CustomerChange(true, Map.of("plan", "enterprise", "account.tier", "2"));
        Instant at = Instant.parse("2026-11-25T10:15:30.123456Z");
        given(service.update(any(Caller.class), eq(CUSTOMER), eq(change)))
                .willReturn(new Customer(CUSTOMER, true, change.attributes(), at));

        putCustomer("SUPERVISOR", "{\"vip\":true,\"attributes\":{\"plan\":\"enterprise\",\"account.tier\":\"2\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.vip").value(true))
                .andExpect(jsonPath("$.attributes.plan").value("enterprise"))
                .andExpect(jsonPath("$.updatedAt").value("2026-11-25T10:15:30.123456Z"));
    }

    @Test
    void omittedAttributesAreLeftForTheServiceToKeep() throws Exception {
        given(service.update(any(Caller.class), eq(CUSTOMER), eq(new CustomerChange(false, null))))
                .willReturn(Customer.unset(CUSTOMER));

        putCustomer("ADMIN", "{\"vip\":false}").andExpect(status().isOk());
    }

    @Test
    void agentMayNotChangeACustomer() throws Exception {
        putCustomer("AGENT", "{\"vip\":true}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(service);
    }

    @Test
    void badCustomerInputIsRejectedWithAClearDetail() throws Exception {
        badCustomer("{\"attributes\":{}}", "vip is required");
        badCustomer("{\"vip\":true,\"attributes\":{\"bad key\":\"x\"}}",
                "attribute keys must be 1 to 40 characters of a-z, A-Z, 0-9, _, . and -");
        badCustomer("{\"vip\":true,\"attributes\":{\"note\":\"" + "é".repeat(201) + "\"}}",
                "attributes.note must be at most 200 characters");
        badCustomer("{\"vip\":true,\"attributes\":{\"note\":null}}", "attributes.note must be a string");
        badCustomer("{\"vip\":true,\"attributes\":{" + pairs(21) + "}}", "attributes must have at most 20 entries");
        badCustomer("{\"vip\":true,\"attributes\":[]}", "malformed JSON request body");
        badCustomer("{\"vip\":", "malformed JSON request body");
    }

    @Test
    void twoHundredCharactersAndTwentyAttributesAreAccepted() throws Exception {
        given(service.update(any(Caller.class), eq(CUSTOMER), any())).willReturn(Customer.unset(CUSTOMER));

        putCustomer("ADMIN", "{\"vip\":true,\"attributes\":{" + pairs(20) + "}}").andExpect(status().isOk());
        putCustomer("ADMIN", "{\"vip\":true,\"attributes\":{\"note\":\"" + "é".repeat(200) + "\"}}")
                .andExpect(status().isOk());
    }

    private static String pairs(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "\"k" + i + "\":\"v\"").collect(Collectors.joining(","));
    }

    private org.springframework.test.web.servlet.ResultActions putCustomer(String role, String body) throws Exception {
        return mvc.perform(put("/api/v1/customers/" + CUSTOMER)
                .with(as(role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private void badCustomer(String body, String detail) throws Exception {
        putCustomer("SUPERVISOR", body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(detail));
        verifyNoInteractions(service);
    }
}
