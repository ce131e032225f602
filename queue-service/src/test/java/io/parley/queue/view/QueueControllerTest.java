package io.parley.queue.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.Priority;
import io.parley.kit.security.Caller;
import io.parley.kit.security.SecurityAutoConfiguration;
import io.parley.queue.assignment.Candidate;
import io.parley.queue.assignment.Decision;
import io.parley.queue.line.EntryStatus;
import io.parley.queue.rules.RuleSet.Mode;
import io.parley.queue.web.WebTestImports;
import io.parley.testsupport.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.server.ResponseStatusException;

/** The read endpoints: paths, roles, JSON shapes and problem answers (the view itself is a mock). */
@WebMvcTest(QueueController.class)
@ImportAutoConfiguration(SecurityAutoConfiguration.class)
@Import({WebTestImports.class, TestTokens.Decoder.class})
class QueueControllerTest {
    static final UUID CONVERSATION = UUID.randomUUID();
    static final String CUSTOMER = UUID.randomUUID().toString();
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QueueView view;

    static MockHttpServletRequestBuilder getAs(String path, String subject, String... roles) {
        return get(path).header("Authorization", "Bearer " + TestTokens.token(subject, List.of(roles), List.of(), "x"));
    }

    @Test
    void customerSeesWhereTheirConversationStandsWithTheEstimatedWait() throws Exception {
        given(view.conversation(any(Caller.class), eq(CONVERSATION.toString()))).willReturn(new ConversationView(
                CONVERSATION, EntryStatus.WAITING, 3, null, "sales", Priority.HIGH, 240, false));

        mvc.perform(getAs("/api/v1/queue/conversations/" + CONVERSATION, CUSTOMER, "GUEST"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conversationId").value(CONVERSATION.toString()))
                .andExpect(jsonPath("$.status").value("WAITING"))
                .andExpect(jsonPath("$.position").value(3))
                .andExpect(jsonPath("$.department").value("sales"))
                .andExpect(jsonPath("$.priority").value("HIGH"))
                .andExpect(jsonPath("$.estimatedWaitSeconds").value(240))
                .andExpect(jsonPath("$.offerLeaveMessage").value(false))
                .andExpect(jsonPath("$.agentId").doesNotExist());
    }

    @Test
    void whatTheCallerMayNotSeeIsANotFoundProblem() throws Exception {
        given(view.conversation(any(Caller.class), any()))
                .willThrow(new ResponseStatusException(HttpStatus.NOT_FOUND, "conversation not found"));

        mvc.perform(getAs("/api/v1/queue/conversations/not-a-uuid", "boss", "ADMIN"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("conversation not found"));
    }

    @Test
    void withoutATokenTheAnswerIsAnUnauthorizedProblem() throws Exception {
        mvc.perform(get("/api/v1/queue/conversations/" + CONVERSATION))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("missing bearer token"));
    }

    @Test
    void supervisorSeesTheWholeLineAndTheAgentsLoads() throws Exception {
        given(view.overview(any(Caller.class))).willReturn(new QueueOverview(
                List.of(new QueueOverview.WaitingConversation(CONVERSATION, CUSTOMER, "sales", Priority.HIGH, 5, true,
                        List.of("billing"), T0, 1, 0, true, Mode.MANUAL)),
                List.of(new QueueOverview.AgentLoad("agent-1", "Alice", AgentStatus.ONLINE, 3, 2, List.of("sales"),
                        List.of("billing")))));

        mvc.perform(getAs("/api/v1/queue", "boss", "SUPERVISOR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.waiting[0].conversationId").value(CONVERSATION.toString()))
                .andExpect(jsonPath("$.waiting[0].position").value(1))
                .andExpect(jsonPath("$.waiting[0].priority").value("HIGH"))
                .andExpect(jsonPath("$.waiting[0].effectivePriority").value(5))
                .andExpect(jsonPath("$.waiting[0].vip").value(true))
                .andExpect(jsonPath("$.waiting[0].skills[0]").value("billing"))
                .andExpect(jsonPath("$.waiting[0].estimatedWaitSeconds").value(0))
                .andExpect(jsonPath("$.waiting[0].escalated").value(true))
                .andExpect(jsonPath("$.waiting[0].mode").value("MANUAL"))
                .andExpect(jsonPath("$.agents[0].agentId").value("agent-1"))
                .andExpect(jsonPath("$.agents[0].displayName").value("Alice"))
                .andExpect(jsonPath("$.agents[0].status").value("ONLINE"))
                .andExpect(jsonPath("$.agents[0].capacity").value(3))
                .andExpect(jsonPath("$.agents[0].active").value(2))
                .andExpect(jsonPath("$.agents[0].skills[0]").value("billing"));
    }

    @Test
    void customersAndAgentsMayNotSeeTheWholeLine() throws Exception {
        mvc.perform(getAs("/api/v1/queue", CUSTOMER, "CUSTOMER"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(getAs("/api/v1/queue", "agent-1", "AGENT")).andExpect(status().isForbidden());
    }

    @Test
    void staffListAgentsAndTheManualListButCustomersMayNot() throws Exception {
        given(view.agents()).willReturn(List.of(
                new QueueOverview.AgentLoad("agent-2", "Bob", AgentStatus.AWAY, 2, 0, List.of("sales"), List.of())));
        given(view.available(any(Caller.class))).willReturn(List.of());

        mvc.perform(getAs("/api/v1/queue/agents", "agent-1", "AGENT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].agentId").value("agent-2"))
                .andExpect(jsonPath("$[0].status").value("AWAY"));
        mvc.perform(getAs("/api/v1/queue/available", "agent-1", "AGENT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
        mvc.perform(getAs("/api/v1/queue/agents", CUSTOMER, "GUEST")).andExpect(status().isForbidden());
        mvc.perform(getAs("/api/v1/queue/available", CUSTOMER, "CUSTOMER")).andExpect(status().isForbidden());
    }

    @Test
    void supervisorsReadTheAssignmentDecisionsWithTheirCandidates() throws Exception {
        given(view.assignments(any(Caller.class), eq(CONVERSATION.toString()))).willReturn(List.of(new Decision(
                T0, "AUTOMATIC", "agent-1", null, 3, List.of("refunds"), "MOST_SPARE_CAPACITY", "sales",
                Priority.HIGH, 3, false, List.of(new Candidate("agent-1", true, null, 2, 2L),
                        new Candidate("agent-2", false, "MISSING_SKILL billing", 3, 3L)))));

        mvc.perform(getAs("/api/v1/queue/conversations/" + CONVERSATION + "/assignments", "boss", "ADMIN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("AUTOMATIC"))
                .andExpect(jsonPath("$[0].rulesVersion").value(3))
                .andExpect(jsonPath("$[0].matchedRules[0]").value("refunds"))
                .andExpect(jsonPath("$[0].strategy").value("MOST_SPARE_CAPACITY"))
                .andExpect(jsonPath("$[0].candidates[1].reason").value("MISSING_SKILL billing"))
                .andExpect(jsonPath("$[0].candidates[1].eligible").value(false));
        mvc.perform(getAs("/api/v1/queue/conversations/" + CONVERSATION + "/assignments", "agent-1", "AGENT"))
                .andExpect(status().isForbidden());
    }
}
