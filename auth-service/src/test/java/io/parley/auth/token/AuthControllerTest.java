package io.parley.auth.token;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.parley.auth.signing.SigningKey;
import io.parley.auth.web.SecurityConfig;
import io.parley.kit.security.ProblemSecurityHandler;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(AuthController.class)
@Import({SecurityConfig.class, AuthControllerTest.Slice.class, CustomerIdentity.class})
class AuthControllerTest {
    private static final UUID USER = UUID.randomUUID();
    private static final TokenResponse TOKENS =
            new TokenResponse("access", "refresh", "Bearer", 900, USER, List.of("GUEST"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TokenService tokens;

    @TestConfiguration
    static class Slice {
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey(SigningKey.generate().publicKey()).build();
        }

        @Bean
        ProblemSecurityHandler problemSecurityHandler() {
            return new ProblemSecurityHandler();
        }
    }

    @Test
    void aGuestWithoutABodyGetsTokensWith201() throws Exception {
        when(tokens.startGuest(null, null)).thenReturn(TOKENS);

        mvc.perform(post("/api/v1/auth/guest"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andExpect(jsonPath("$.userId").value(USER.toString()))
                .andExpect(jsonPath("$.roles[0]").value("GUEST"))
                .andExpect(jsonPath("$.expiresIn").value(900));
    }

    @Test
    void aGuestNameOver100CharactersIsA400Problem() throws Exception {
        mvc.perform(post("/api/v1/auth/guest")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + "n".repeat(101) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("name: ")));
        verify(tokens, never()).startGuest(any(), any());
    }

    @Test
    void aGuestEmailThatIsNoEmailIsA400Problem() throws Exception {
        mvc.perform(post("/api/v1/auth/guest")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"not-an-email\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("email: ")));
    }

    @Test
    void malformedJsonIsA400Problem() throws Exception {
        mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).content("{\"email\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("request body is missing or not valid JSON"));
    }

    @Test
    void aLoginWithoutPasswordIsA400Problem() throws Exception {
        mvc.perform(post("/api/v1/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"bob@parley.local\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("password: ")));
    }

    @Test
    void refusedCredentialsAreA401Problem() throws Exception {
        when(tokens.login("bob@parley.local", "nope")).thenThrow(AuthFailure.badCredentials());

        mvc.perform(post("/api/v1/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"bob@parley.local\",\"password\":\"nope\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("email or password is wrong"));
    }

    @Test
    void aRefreshIsNotBlockedByAStaleBearerToken() throws Exception {
        when(tokens.refresh("r1")).thenReturn(TOKENS);

        mvc.perform(post("/api/v1/auth/refresh")
                        .header("Authorization", "Bearer expired.or.garbage")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"refreshToken\":\"r1\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.refreshToken").value("refresh"));
    }

    @Test
    void aRejectedRefreshTokenIsA401Problem() throws Exception {
        when(tokens.refresh("r1")).thenThrow(AuthFailure.badRefreshToken("is revoked"));

        mvc.perform(post("/api/v1/auth/refresh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"refreshToken\":\"r1\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("refresh token is revoked"));
    }

    @Test
    void logoutAnswers204() throws Exception {
        mvc.perform(post("/api/v1/auth/logout")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"refreshToken\":\"r1\"}"))
                .andExpect(status().isNoContent());
        verify(tokens).logout("r1");
    }

    @Test
    void logoutWithoutATokenIsA400AndRevokesNothing() throws Exception {
        mvc.perform(post("/api/v1/auth/logout").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        verify(tokens, never()).logout(any());
    }

    @Test
    void meWithoutATokenIsA401Problem() throws Exception {
        mvc.perform(get("/api/v1/auth/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("missing bearer token"));
    }

    @Test
    void meReturnsTheCallersClaims() throws Exception {
        mvc.perform(get("/api/v1/auth/me").with(jwt().jwt(j -> j.subject(USER.toString())
                        .claim("roles", List.of("AGENT"))
                        .claim("name", "Alice Martin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sub").value(USER.toString()))
                .andExpect(jsonPath("$.roles[0]").value("AGENT"))
                .andExpect(jsonPath("$.name").value("Alice Martin"));
    }

    @Test
    void verifiedCustomerSignInIsNotFoundWhileNoIdentitySecretIsSet() throws Exception {
        mvc.perform(post("/api/v1/auth/customer").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"externalId\":\"c-1\",\"signature\":\"00\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("verified customer identity is not enabled"));
        verifyNoInteractions(tokens);
    }
}
