package io.parley.chat.conversation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parley.chat.conversation.ReceiptService.Receipted;
import io.parley.chat.platform.SecurityConfig;
import io.parley.chat.store.Conversation;
import io.parley.contracts.stomp.SendReceipt;
import io.parley.kit.security.SecurityAutoConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The receipt and reaction endpoints alone: binding, status codes and problem details, services mocked. */
@WebMvcTest(controllers = ReceiptReactionController.class)
@Import(SecurityConfig.class)
@ImportAutoConfiguration(SecurityAutoConfiguration.class)
class ReceiptReactionControllerSliceTest {
    private static final String CUSTOMER = "00000000-0000-0000-0000-0000000000c1";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReceiptService receipts;

    @MockitoBean
    ReactionService reactions;

    @Test
    void aStoredReceiptIs201WithBothSidesOfTheSummaryAndAMissingNumberReachesTheRulesAsZero() throws Exception {
        UUID id = UUID.randomUUID();
        Conversation conversation = Conversation.start(CUSTOMER, "support", UUID.randomUUID(), Instant.now());
        given(receipts.receipt(any(), eq(id), eq(new SendReceipt("READ", 3))))
                .willReturn(new Receipted(conversation, 4L));
        given(receipts.receipt(any(), eq(id), eq(new SendReceipt("READ", 0))))
                .willThrow(new InvalidInputException("upToSeq must be at least 1"));

        mvc.perform(json(post("/api/v1/conversations/" + id + "/receipts"), "{\"status\":\"READ\",\"upToSeq\":3}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.seq").value(4))
                .andExpect(jsonPath("$.receipts.CUSTOMER.readUpTo").value(0))
                .andExpect(jsonPath("$.receipts.AGENT.deliveredUpTo").value(0));
        mvc.perform(json(post("/api/v1/conversations/" + id + "/receipts"), "{\"status\":\"READ\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("upToSeq must be at least 1"));
    }

    @Test
    void aReactionOnNoMessageIsA404ProblemAndMalformedJsonA400() throws Exception {
        UUID id = UUID.randomUUID();
        given(reactions.react(any(), eq(id), any())).willThrow(new MessageNotFoundException());

        mvc.perform(json(post("/api/v1/conversations/" + id + "/reactions"), "{\"targetSeq\":9,\"emoji\":\"x\",\"op\":\"ADD\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("message not found"));
        mvc.perform(json(post("/api/v1/conversations/" + UUID.randomUUID() + "/reactions"), "{\"targetSeq\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("malformed JSON"));
        verifyNoInteractions(receipts);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(jwt().jwt(j -> j.subject(CUSTOMER).claim("roles", List.of("CUSTOMER")))
                        .authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER")))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
