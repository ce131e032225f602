package io.parley.queue.desk;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parley.contracts.events.Priority;
import io.parley.kit.security.Caller;
import io.parley.kit.security.SecurityAutoConfiguration;
import io.parley.queue.line.EntryStatus;
import io.parley.queue.view.ConversationView;
import io.parley.queue.web.WebTestImports;
import io.parley.testsupport.TestTokens;
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

/** The routing commands over HTTP: roles, input checks (400, nothing reaches the service) and problem answers. */
@WebMvcTest(DeskController.class)
@ImportAutoConfiguration(SecurityAutoConfiguration.class)
@Import({WebTestImports.class, TestTokens.Decoder.class})
class DeskControllerTest {
    static final UUID CONVERSATION = UUID.randomUUID();
    static final String BASE = "/api/v1/queue/conversations/" + CONVERSATION;
    static final ConversationView ASSIGNED =
            new ConversationView(CONVERSATION, EntryStatus.ASSIGNED, null, "bob", "sales", Priority.MEDIUM, null, false);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DeskService desk;

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String subject, String... roles) {
        return request.header("Authorization", "Bearer " + TestTokens.token(subject, List.of(roles), List.of("sales"), "x"))
                .contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void anAgentTakesAConversation() throws Exception {
        given(desk.take(any(Caller.class), eq(CONVERSATION.toString()))).willReturn(ASSIGNED);

        mvc.perform(as(post(BASE + "/take"), "bob", "AGENT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"))
                .andExpect(jsonPath("$.agentId").value("bob"));
    }

    @Test
    void aConflictIsAProblemWithItsReason() throws Exception {
        given(desk.take(any(Caller.class), any()))
                .willThrow(new ResponseStatusException(HttpStatus.CONFLICT, "you are at capacity"));

        mvc.perform(as(post(BASE + "/take"), "bob", "AGENT"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("you are at capacity"));
    }

    @Test
    void onlyAgentsTakeAndOnlySupervisorsAssign() throws Exception {
        mvc.perform(as(post(BASE + "/take"), "boss", "SUPERVISOR")).andExpect(status().isForbidden());
        mvc.perform(as(post(BASE + "/take"), "c1", "CUSTOMER")).andExpect(status().isForbidden());
        mvc.perform(as(post(BASE + "/assign"), "bob", "AGENT").content("{\"agentId\":\"bob\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post(BASE + "/transfer"), "c1", "GUEST").content("{\"toDepartment\":\"sales\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(put(BASE + "/priority"), "c1", "GUEST").content("{\"priority\":\"HIGH\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(desk);
    }

    @Test
    void aSupervisorAssigns() throws Exception {
        given(desk.assign(any(Caller.class), eq(CONVERSATION.toString()), eq("bob"))).willReturn(ASSIGNED);

        mvc.perform(as(post(BASE + "/assign"), "boss", "SUPERVISOR").content("{\"agentId\":\" bob \"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agentId").value("bob"));
        mvc.perform(as(post(BASE + "/assign"), "boss", "ADMIN").content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("agentId is required"));
    }

    @Test
    void aTransferNamesExactlyOneTargetAndANoteOfAtMostAThousandCharacters() throws Exception {
        given(desk.transfer(any(Caller.class), eq(CONVERSATION.toString()), isNull(), eq("support"), eq("see notes")))
                .willReturn(ASSIGNED);

        mvc.perform(as(post(BASE + "/transfer"), "bob", "AGENT")
                        .content("{\"toDepartment\":\"Support\",\"note\":\" see notes \"}"))
                .andExpect(status().isOk());
        mvc.perform(as(post(BASE + "/transfer"), "bob", "AGENT").content("{\"note\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("give exactly one of toAgentId and toDepartment"));
        mvc.perform(as(post(BASE + "/transfer"), "bob", "AGENT").content("{\"toAgentId\":\"a\",\"toDepartment\":\"b\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(post(BASE + "/transfer"), "bob", "AGENT")
                        .content("{\"toAgentId\":\"a\",\"note\":\"" + "n".repeat(1001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("note longer than 1000 characters"));
    }

    @Test
    void aPriorityMustBeOneOfTheFour() throws Exception {
        given(desk.priority(any(Caller.class), eq(CONVERSATION.toString()), eq(Priority.URGENT))).willReturn(ASSIGNED);

        mvc.perform(as(put(BASE + "/priority"), "bob", "AGENT").content("{\"priority\":\"urgent\"}"))
                .andExpect(status().isOk());
        mvc.perform(as(put(BASE + "/priority"), "bob", "AGENT").content("{\"priority\":\"SOON\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("unknown priority SOON: one of [LOW, MEDIUM, HIGH, URGENT]"));
        mvc.perform(as(put(BASE + "/priority"), "bob", "AGENT").content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void malformedJsonIsABadRequestProblem() throws Exception {
        mvc.perform(as(put(BASE + "/priority"), "bob", "AGENT").content("{\"priority\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("malformed JSON"));
        verifyNoInteractions(desk);
    }
}
