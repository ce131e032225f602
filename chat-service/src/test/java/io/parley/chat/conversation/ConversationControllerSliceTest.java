package io.parley.chat.conversation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parley.chat.conversation.ConversationService.Started;
import io.parley.chat.store.Conversation;
import io.parley.chat.store.ConversationEndedException;
import io.parley.chat.store.CustomerDetails;
import io.parley.chat.store.RoutingChoice;
import io.parley.contracts.events.Priority;
import io.parley.contracts.stomp.SendMessage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import io.parley.chat.platform.SecurityConfig;
import io.parley.kit.security.SecurityAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The REST layer alone: binding, status codes and problem details, with the services mocked. */
@WebMvcTest(controllers = {ConversationController.class, TimelineController.class})
@Import(SecurityConfig.class)
@ImportAutoConfiguration(SecurityAutoConfiguration.class)
class ConversationControllerSliceTest {
    private static final String CUSTOMER = "00000000-0000-0000-0000-0000000000c1";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ConversationService conversations;

    @MockitoBean
    MessageService messages;

    @MockitoBean
    ReactionService reactions;

    @Test
    void aNewConversationIs201WithItsLocationAndARepeatIs200() throws Exception {
        Conversation conversation = Conversation.start(CUSTOMER, "support", UUID.randomUUID(), Instant.now());
        given(conversations.start(any(), any(), any(), any(), any(), any()))
                .willReturn(new Started(conversation, true), new Started(conversation, false));
        String body = "{\"clientMessageId\":\"" + UUID.randomUUID() + "\",\"text\":\"hi\"}";

        mvc.perform(asCustomer(post("/api/v1/conversations")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/conversations/" + conversation.id()))
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andExpect(jsonPath("$.customerId").value(CUSTOMER));
        mvc.perform(asCustomer(post("/api/v1/conversations")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }

    @Test
    void theCustomersDetailsArePassedOnAndReturned() throws Exception {
        CustomerDetails details = new CustomerDetails("Dana", "dana@example.com", "android",
                "http://shop.example.com/", "UA/1");
        Conversation conversation = Conversation.start(CUSTOMER, "support", UUID.randomUUID(), details, Instant.now());
        given(conversations.start(any(), any(), any(), any(), eq(details), any())).willReturn(new Started(conversation, true));
        String body = "{\"clientMessageId\":\"" + UUID.randomUUID() + "\",\"text\":\"hi\",\"customerName\":\" Dana \","
                + "\"customerEmail\":\"dana@example.com\",\"platform\":\"android\","
                + "\"pageUrl\":\"http://shop.example.com/\",\"userAgent\":\"UA/1\"}";

        mvc.perform(asCustomer(post("/api/v1/conversations")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.customerName").value("Dana"))
                .andExpect(jsonPath("$.customerEmail").value("dana@example.com"))
                .andExpect(jsonPath("$.platform").value("android"))
                .andExpect(jsonPath("$.pageUrl").value("http://shop.example.com/"))
                .andExpect(jsonPath("$.userAgent").value("UA/1"));
    }

    @Test
    void anInvalidCustomerDetailIsA400ProblemAndReachesNoService() throws Exception {
        String start = "{\"clientMessageId\":\"" + UUID.randomUUID() + "\",\"text\":\"hi\",";
        mvc.perform(asCustomer(post("/api/v1/conversations")).contentType(MediaType.APPLICATION_JSON)
                        .content(start + "\"customerEmail\":\"not-an-email\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("customerEmail must be an email address (contain '@')"));
        mvc.perform(asCustomer(post("/api/v1/conversations")).contentType(MediaType.APPLICATION_JSON)
                        .content(start + "\"platform\":\"windows\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("platform must be one of web, ios, android"));
        mvc.perform(asCustomer(post("/api/v1/conversations")).contentType(MediaType.APPLICATION_JSON)
                        .content(start + "\"customerName\":\"" + "n".repeat(101) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("customerName longer than 100 characters"));
        verifyNoInteractions(conversations);
    }

    @Test
    void thePriorityAndSkillsAreNormalisedPassedOnAndReturned() throws Exception {
        RoutingChoice routing = new RoutingChoice(Priority.HIGH, List.of("billing", "english"));
        Conversation conversation = Conversation.start(CUSTOMER, "support", UUID.randomUUID(), CustomerDetails.NONE,
                routing, "hi", Instant.now());
        given(conversations.start(any(), any(), any(), any(), any(), eq(routing)))
                .willReturn(new Started(conversation, true));
        String body = "{\"clientMessageId\":\"" + UUID.randomUUID() + "\",\"text\":\"hi\",\"priority\":\"high\","
                + "\"skills\":[\"Billing\",\" english \",\"billing\"]}";

        mvc.perform(asCustomer(post("/api/v1/conversations")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.priority").value("HIGH"))
                .andExpect(jsonPath("$.skills[0]").value("billing"))
                .andExpect(jsonPath("$.skills[1]").value("english"))
                .andExpect(jsonPath("$.skills.length()").value(2));
    }

    @Test
    void aConversationWithoutAChoiceHasNoPriorityAndNoSkills() throws Exception {
        Conversation conversation = Conversation.start(CUSTOMER, "support", UUID.randomUUID(), Instant.now());
        given(conversations.start(any(), any(), any(), any(), any(), eq(RoutingChoice.NONE)))
                .willReturn(new Started(conversation, true));

        mvc.perform(asCustomer(post("/api/v1/conversations")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientMessageId\":\"" + UUID.randomUUID() + "\",\"text\":\"hi\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.priority").isEmpty())
                .andExpect(jsonPath("$.skills").isEmpty());
    }

    @Test
    void aBadPriorityOrSkillIsA400ProblemAndReachesNoService() throws Exception {
        String start = "{\"clientMessageId\":\"" + UUID.randomUUID() + "\",\"text\":\"hi\",";
        String eleven = "\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"";
        expectBadStart(start + "\"priority\":\"CRITICAL\"}", "priority must be one of LOW, MEDIUM, HIGH, URGENT");
        expectBadStart(start + "\"skills\":[" + eleven + "]}", "skills must have at most 10 items");
        expectBadStart(start + "\"skills\":[\"billing\",\"tech support\"]}",
                "skills[1] must be 1 to 40 letters, digits or dashes");
        expectBadStart(start + "\"skills\":[\"\"]}", "skills[0] must be 1 to 40 letters, digits or dashes");
        expectBadStart(start + "\"skills\":[null]}", "skills[0] must be 1 to 40 letters, digits or dashes");
        expectBadStart(start + "\"skills\":[\"" + "s".repeat(41) + "\"]}",
                "skills[0] must be 1 to 40 letters, digits or dashes");
        expectBadStart(start + "\"skills\":[\"b\u00e9b\u00e9\"]}", "skills[0] must be 1 to 40 letters, digits or dashes");
        verifyNoInteractions(conversations);
    }

    private void expectBadStart(String body, String detail) throws Exception {
        mvc.perform(asCustomer(post("/api/v1/conversations")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value(detail));
    }

    @Test
    void malformedJsonIsA400ProblemAndReachesNoService() throws Exception {
        mvc.perform(asCustomer(post("/api/v1/conversations/" + UUID.randomUUID() + "/messages"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": "))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("malformed JSON"));
        verifyNoInteractions(messages);
    }

    @Test
    void aConversationTheCallerMayNotSeeIsA404Problem() throws Exception {
        UUID id = UUID.randomUUID();
        given(conversations.get(any(), eq(id))).willThrow(new ConversationNotFoundException());

        mvc.perform(asCustomer(get("/api/v1/conversations/" + id)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("conversation not found"));
    }

    @Test
    void sendingIntoAnEndedConversationIsA409Problem() throws Exception {
        UUID id = UUID.randomUUID();
        given(messages.send(any(), eq(id), any(SendMessage.class), any())).willThrow(new ConversationEndedException());

        mvc.perform(asCustomer(post("/api/v1/conversations/" + id + "/messages")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientMessageId\":\"" + UUID.randomUUID() + "\",\"text\":\"late\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("conversation has ended"));
    }

    @Test
    void aNegativeAfterSeqIsA400Problem() throws Exception {
        mvc.perform(asCustomer(get("/api/v1/conversations/" + UUID.randomUUID() + "/events?afterSeq=-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("afterSeq must not be negative"));
        verifyNoInteractions(conversations);
    }

    @Test
    void eventsAreReadAfterTheGivenSeqWithABoundedLimit() throws Exception {
        UUID id = UUID.randomUUID();
        given(conversations.timeline(any(), eq(id), anyLong(), anyInt(), anyBoolean())).willReturn(List.of());

        mvc.perform(asCustomer(get("/api/v1/conversations/" + id + "/events?afterSeq=4&limit=100000")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isArray());
        org.mockito.Mockito.verify(conversations).timeline(any(), eq(id), eq(4L), eq(1000), eq(false));
    }

    @Test
    void aCallWithoutATokenIs401Problem() throws Exception {
        mvc.perform(get("/api/v1/conversations"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("missing bearer token"));
    }

    private static MockHttpServletRequestBuilder asCustomer(MockHttpServletRequestBuilder request) {
        return request.with(jwt().jwt(token -> token.subject(CUSTOMER).claim("roles", List.of("GUEST")))).with(csrf());
    }
}
