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
        given(messages.send(any(), eq(id), any(SendMessage.class))).willThrow(new ConversationEndedException());

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
