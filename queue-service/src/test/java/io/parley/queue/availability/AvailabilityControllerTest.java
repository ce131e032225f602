package io.parley.queue.availability;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parley.kit.security.SecurityAutoConfiguration;
import io.parley.queue.web.WebTestImports;
import io.parley.testsupport.TestTokens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.server.ResponseStatusException;

/** The availability endpoint: open to any valid token (guests too), JSON shape, problem answers. */
@WebMvcTest(AvailabilityController.class)
@ImportAutoConfiguration(SecurityAutoConfiguration.class)
@Import({WebTestImports.class, TestTokens.Decoder.class})
class AvailabilityControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Availabilities availabilities;

    @Test
    void aGuestSeesWhetherTheDepartmentIsAvailable() throws Exception {
        given(availabilities.of("sales")).willReturn(new Availability("sales", true, 2, 120));

        mvc.perform(get("/api/v1/queue/availability?department=sales").header("Authorization",
                        "Bearer " + TestTokens.customer("guest-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.department").value("sales"))
                .andExpect(jsonPath("$.available").value(true))
                .andExpect(jsonPath("$.agentsOnline").value(2))
                .andExpect(jsonPath("$.estimatedWaitSeconds").value(120));
    }

    @Test
    void withoutATokenItIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/queue/availability?department=sales")).andExpect(status().isUnauthorized());
    }

    @Test
    void aMalformedDepartmentIsABadRequestProblem() throws Exception {
        given(availabilities.of("a/b"))
                .willThrow(new ResponseStatusException(HttpStatus.BAD_REQUEST, "department must be 1-40 of [a-z0-9-]"));

        mvc.perform(get("/api/v1/queue/availability?department=a/b").header("Authorization",
                        "Bearer " + TestTokens.token("c-1", List.of("CUSTOMER"), List.of(), "C")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("department must be 1-40 of [a-z0-9-]"));
    }
}
