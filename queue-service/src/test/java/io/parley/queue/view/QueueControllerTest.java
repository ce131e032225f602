package io.parley.queue.view;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parley.contracts.events.AgentStatus;
import io.parley.contracts.events.Priority;
import io.parley.kit.security.SecurityAutoConfiguration;
import io.parley.queue.agent.Agent;
import io.parley.queue.agent.AgentRoster;
import io.parley.queue.line.Entry;
import io.parley.queue.line.EntryStatus;
import io.parley.queue.line.Waiting;
import io.parley.queue.line.WaitingLine;
import io.parley.queue.line.WaitingLine.Located;
import io.parley.testsupport.TestTokens;
import io.parley.queue.web.WebTestImports;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(QueueController.class)
@ImportAutoConfiguration(SecurityAutoConfiguration.class)
@Import({QueueView.class, WebTestImports.class, TestTokens.Decoder.class})
class QueueControllerTest {
    static final UUID CONVERSATION = UUID.randomUUID();
    static final String CUSTOMER = UUID.randomUUID().toString();
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    WaitingLine line;

    @MockitoBean
    AgentRoster agents;

    static MockHttpServletRequestBuilder getAs(String path, String subject, String... roles) {
        return get(path).header("Authorization", "Bearer " + TestTokens.token(subject, List.of(roles), List.of(), "x"));
    }

    void waitingAtPosition(int position) {
        Entry entry = new Entry(CONVERSATION, CUSTOMER, "sales", Priority.MEDIUM, EntryStatus.WAITING, T0, null, null);
        given(line.locate(CONVERSATION)).willReturn(Optional.of(new Located(entry, position)));
    }

    @Test
    void customerSeesWhereTheirConversationStands() throws Exception {
        waitingAtPosition(3);

        mvc.perform(getAs("/api/v1/queue/conversations/" + CONVERSATION, CUSTOMER, "GUEST"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conversationId").value(CONVERSATION.toString()))
                .andExpect(jsonPath("$.status").value("WAITING"))
                .andExpect(jsonPath("$.position").value(3))
                .andExpect(jsonPath("$.agentId").doesNotExist());
    }

    @Test
    void anotherCustomerGetsNotFound() throws Exception {
        waitingAtPosition(1);

        mvc.perform(getAs("/api/v1/queue/conversations/" + CONVERSATION, UUID.randomUUID().toString(), "CUSTOMER"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("conversation not found"));
    }

    @Test
    void anAgentNotAssignedToItGetsNotFound() throws Exception {
        waitingAtPosition(1);

        mvc.perform(getAs("/api/v1/queue/conversations/" + CONVERSATION, "agent-1", "AGENT"))
                .andExpect(status().isNotFound());
    }

    @Test
    void assignedAgentAndSupervisorSeeIt() throws Exception {
        Entry entry = new Entry(CONVERSATION, CUSTOMER, "sales", Priority.MEDIUM, EntryStatus.ASSIGNED, T0, "agent-1", T0);
        given(line.locate(CONVERSATION)).willReturn(Optional.of(new Located(entry, null)));

        mvc.perform(getAs("/api/v1/queue/conversations/" + CONVERSATION, "agent-1", "AGENT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.agentId").value("agent-1"));
        mvc.perform(getAs("/api/v1/queue/conversations/" + CONVERSATION, "boss", "SUPERVISOR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.position").doesNotExist());
    }

    @Test
    void unknownOrMalformedIdIsNotFound() throws Exception {
        given(line.locate(CONVERSATION)).willReturn(Optional.empty());

        mvc.perform(getAs("/api/v1/queue/conversations/" + CONVERSATION, "boss", "ADMIN"))
                .andExpect(status().isNotFound());
        mvc.perform(getAs("/api/v1/queue/conversations/not-a-uuid", "boss", "ADMIN"))
                .andExpect(status().isNotFound())
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
        given(line.allPositions()).willReturn(
                List.of(new Waiting(CONVERSATION, CUSTOMER, "sales", Priority.HIGH, T0, 1)));
        given(agents.all()).willReturn(
                List.of(new Agent("agent-1", "Alice", AgentStatus.ONLINE, 3, List.of("sales"), 2, T0)));

        mvc.perform(getAs("/api/v1/queue", "boss", "SUPERVISOR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.waiting[0].conversationId").value(CONVERSATION.toString()))
                .andExpect(jsonPath("$.waiting[0].position").value(1))
                .andExpect(jsonPath("$.waiting[0].priority").value("HIGH"))
                .andExpect(jsonPath("$.agents[0].agentId").value("agent-1"))
                .andExpect(jsonPath("$.agents[0].displayName").value("Alice"))
                .andExpect(jsonPath("$.agents[0].status").value("ONLINE"))
                .andExpect(jsonPath("$.agents[0].capacity").value(3))
                .andExpect(jsonPath("$.agents[0].active").value(2));
    }

    @Test
    void customersAndAgentsMayNotSeeTheWholeLine() throws Exception {
        mvc.perform(getAs("/api/v1/queue", CUSTOMER, "CUSTOMER"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(getAs("/api/v1/queue", "agent-1", "AGENT")).andExpect(status().isForbidden());
    }
}
