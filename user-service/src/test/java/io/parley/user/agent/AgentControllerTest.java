package io.parley.user.agent;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parley.contracts.events.AgentStatus;
import io.parley.kit.security.Caller;
import io.parley.kit.security.SecurityAutoConfiguration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({AgentController.class, DepartmentController.class})
@ImportAutoConfiguration(SecurityAutoConfiguration.class)
@org.springframework.context.annotation.Import({io.parley.user.web.WebTestImports.class, io.parley.testsupport.TestTokens.Decoder.class})
class AgentControllerTest {
    private static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    private static final Agent ALICE_AGENT =
            new Agent(ALICE, "alice@parley.local", "Alice Martin", List.of("sales"), List.of("english", "billing"),
                    AgentStatus.OFFLINE, 3);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AgentService service;

    static JwtRequestPostProcessor as(UUID id, String... roles) {
        return jwt().jwt(j -> j.subject(id.toString()).claim("roles", List.of(roles)))
                .authorities(java.util.Arrays.stream(roles)
                        .<org.springframework.security.core.GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                        .toList());
    }

    @Test
    void agentReadsOwnProfileWithSortedSkills() throws Exception {
        given(service.me(any(Caller.class))).willReturn(ALICE_AGENT);

        mvc.perform(get("/api/v1/agents/me").with(as(ALICE, "AGENT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ALICE.toString()))
                .andExpect(jsonPath("$.displayName").value("Alice Martin"))
                .andExpect(jsonPath("$.departments[0]").value("sales"))
                .andExpect(jsonPath("$.skills[0]").value("billing"))
                .andExpect(jsonPath("$.skills[1]").value("english"))
                .andExpect(jsonPath("$.status").value("OFFLINE"))
                .andExpect(jsonPath("$.capacity").value(3));
    }

    @Test
    void callerWithoutAgentProfileGetsNotFoundProblem() throws Exception {
        given(service.me(any(Caller.class))).willThrow(new AgentNotFoundException("you have no agent profile"));

        mvc.perform(get("/api/v1/agents/me").with(as(UUID.randomUUID(), "SUPERVISOR")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("you have no agent profile"));
    }

    @Test
    void customerMayNotReadAnAgentProfile() throws Exception {
        mvc.perform(get("/api/v1/agents/me").with(as(UUID.randomUUID(), "CUSTOMER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(service);
    }

    @Test
    void requestWithoutTokenGetsUnauthorizedProblem() throws Exception {
        mvc.perform(get("/api/v1/agents/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("missing bearer token"));
    }

    @Test
    void forgedTokenGetsUnauthorizedProblemThatDoesNotEchoTheToken() throws Exception {
        String forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        mvc.perform(get("/api/v1/agents/me").header("Authorization", "Bearer " + forged))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(not(containsString(forged))));
    }

    @Test
    void agentMayNotListAllAgents() throws Exception {
        mvc.perform(get("/api/v1/agents").with(as(ALICE, "AGENT")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        verifyNoInteractions(service);
    }

    @Test
    void supervisorListsAllAgents() throws Exception {
        given(service.all()).willReturn(List.of(ALICE_AGENT));

        mvc.perform(get("/api/v1/agents").with(as(UUID.randomUUID(), "SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].email").value("alice@parley.local"));
    }

    @Test
    void agentOfSomeoneElseIsNotFound() throws Exception {
        UUID other = UUID.randomUUID();
        given(service.get(any(Caller.class), eq(other))).willThrow(new AgentNotFoundException("no agent " + other));

        mvc.perform(get("/api/v1/agents/" + other).with(as(ALICE, "AGENT")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void agentGoesOnlineWithANewCapacity() throws Exception {
        Agent online = ALICE_AGENT.withStatus(AgentStatus.ONLINE, 5);
        given(service.changeStatus(any(Caller.class), eq(AgentStatus.ONLINE), eq(5))).willReturn(online);

        mvc.perform(put("/api/v1/agents/me/status")
                        .with(as(ALICE, "AGENT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ONLINE\",\"capacity\":5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ONLINE"))
                .andExpect(jsonPath("$.capacity").value(5));
    }

    @Test
    void statusWithoutCapacityKeepsTheCapacity() throws Exception {
        given(service.changeStatus(any(Caller.class), eq(AgentStatus.AWAY), isNull())).willReturn(ALICE_AGENT);

        mvc.perform(put("/api/v1/agents/me/status")
                        .with(as(ALICE, "AGENT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"AWAY\"}"))
                .andExpect(status().isOk());
        verify(service).changeStatus(any(Caller.class), eq(AgentStatus.AWAY), isNull());
    }

    @Test
    void unknownStatusIsRejectedAndChangesNothing() throws Exception {
        badStatusBody("{\"status\":\"BUSY\"}", "status must be ONLINE, AWAY or OFFLINE");
    }

    @Test
    void missingStatusIsRejected() throws Exception {
        badStatusBody("{\"capacity\":4}", "status is required");
    }

    @Test
    void capacityOutsideOneToTwentyIsRejected() throws Exception {
        badStatusBody("{\"status\":\"ONLINE\",\"capacity\":0}", "capacity must be between 1 and 20");
        badStatusBody("{\"status\":\"ONLINE\",\"capacity\":21}", "capacity must be between 1 and 20");
    }

    @Test
    void malformedJsonIsRejected() throws Exception {
        badStatusBody("{\"status\":", "malformed JSON request body");
    }

    @Test
    void anyAuthenticatedCallerListsDepartments() throws Exception {
        given(service.departments()).willReturn(List.of("sales", "support"));

        mvc.perform(get("/api/v1/departments").with(as(UUID.randomUUID(), "GUEST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0]").value("sales"))
                .andExpect(jsonPath("$[1]").value("support"));
    }

    @Test
    void departmentsNeedAToken() throws Exception {
        mvc.perform(get("/api/v1/departments"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
    }

    private void badStatusBody(String body, String detail) throws Exception {
        mvc.perform(put("/api/v1/agents/me/status")
                        .with(as(ALICE, "AGENT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(detail));
        verifyNoInteractions(service);
    }
}
