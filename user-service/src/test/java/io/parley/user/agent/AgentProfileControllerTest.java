package io.parley.user.agent;

import static io.parley.user.agent.AgentControllerTest.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parley.contracts.events.AgentStatus;
import io.parley.kit.security.SecurityAutoConfiguration;
import io.parley.user.agent.ProfileRequest.ProfileChange;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code PUT /api/v1/agents/{id}}: only admins, checked and normalised input, 404 for an unknown id. */
@WebMvcTest(AgentController.class)
@ImportAutoConfiguration(SecurityAutoConfiguration.class)
@Import({io.parley.user.web.WebTestImports.class, io.parley.testsupport.TestTokens.Decoder.class})
class AgentProfileControllerTest {
    private static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-00000000b002");
    private static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-00000000a001");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AgentService service;

    @Test
    void adminSetsDepartmentsSkillsAndCapacityLowerCasedDistinctAndSorted() throws Exception {
        ProfileChange expected = new ProfileChange(List.of("sales", "support"), List.of("english", "german"), 5);
        given(service.changeProfile(eq(BOB), eq(expected))).willReturn(new Agent(
                BOB, "bob@parley.local", "Bob Chen", expected.departments(), expected.skills(), AgentStatus.ONLINE, 5));

        putProfile(BOB.toString(), "{\"departments\":[\"Support\",\"sales\",\"support\"],"
                        + "\"skills\":[\"german\",\"ENGLISH\"],\"capacity\":5}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.departments[0]").value("sales"))
                .andExpect(jsonPath("$.departments[1]").value("support"))
                .andExpect(jsonPath("$.skills[0]").value("english"))
                .andExpect(jsonPath("$.skills[1]").value("german"))
                .andExpect(jsonPath("$.capacity").value(5));
    }

    @Test
    void omittedFieldsAreLeftForTheServiceToKeep() throws Exception {
        ProfileChange onlySkills = new ProfileChange(null, List.of(), null);
        given(service.changeProfile(eq(BOB), eq(onlySkills))).willReturn(new Agent(
                BOB, "bob@parley.local", "Bob Chen", List.of("sales"), List.of(), AgentStatus.OFFLINE, 3));

        putProfile(BOB.toString(), "{\"skills\":[]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.skills").isEmpty());
    }

    @Test
    void emptyDepartmentsAreRejected() throws Exception {
        badProfile("{\"departments\":[]}", "departments must not be empty");
    }

    @Test
    void skillWithCharactersOutsideTheAlphabetIsRejectedByIndex() throws Exception {
        badProfile("{\"skills\":[\"english\",\"small talk\"]}", "skills[1] must be 1 to 40 characters of a-z, 0-9 and -");
        badProfile("{\"skills\":[\"" + "a".repeat(41) + "\"]}", "skills[0] must be 1 to 40 characters of a-z, 0-9 and -");
        badProfile("{\"departments\":[null]}", "departments[0] must be 1 to 40 characters of a-z, 0-9 and -");
    }

    @Test
    void moreThanTwentyDistinctSkillsAreRejected() throws Exception {
        String skills = String.join(",", IntStream.rangeClosed(1, 21).mapToObj(i -> "\"s" + i + "\"").toList());
        badProfile("{\"skills\":[" + skills + "]}", "skills must have at most 20 distinct items");
    }

    @Test
    void capacityOutsideOneToTwentyIsRejectedWithEveryOtherProblem() throws Exception {
        badProfile("{\"departments\":[],\"capacity\":21}", "departments must not be empty; capacity must be between 1 and 20");
        badProfile("{\"capacity\":0}", "capacity must be between 1 and 20");
    }

    @Test
    void malformedJsonIsRejected() throws Exception {
        badProfile("{\"skills\":", "malformed JSON request body");
        badProfile("{\"skills\":\"english\"}", "malformed JSON request body");
    }

    @Test
    void supervisorAndAgentMayNotChangeAProfile() throws Exception {
        for (String role : List.of("SUPERVISOR", "AGENT")) {
            mvc.perform(put("/api/v1/agents/" + BOB)
                            .with(as(UUID.randomUUID(), role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"capacity\":4}"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        verifyNoInteractions(service);
    }

    @Test
    void unknownAgentIsNotFound() throws Exception {
        UUID unknown = UUID.randomUUID();
        given(service.changeProfile(eq(unknown), any())).willThrow(new AgentNotFoundException("no agent " + unknown));

        putProfile(unknown.toString(), "{\"capacity\":4}")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("no agent " + unknown));
    }

    @Test
    void idThatIsNotAUuidIsNotFound() throws Exception {
        putProfile("not-an-agent", "{\"capacity\":4}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no agent with this id"));
        verifyNoInteractions(service);
    }

    private ResultActions putProfile(String id, String body) throws Exception {
        return mvc.perform(put("/api/v1/agents/" + id)
                .with(as(ADMIN, "ADMIN", "SUPERVISOR"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private void badProfile(String body, String detail) throws Exception {
        putProfile(BOB.toString(), body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(detail));
        verifyNoInteractions(service);
    }
}
