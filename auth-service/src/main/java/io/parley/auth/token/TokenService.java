package io.parley.auth.token;

import io.parley.auth.account.Account;
import io.parley.auth.account.AccountRepository;
import io.parley.auth.account.Credentials;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts, renews and ends sessions: each answer is a fresh access token plus a fresh refresh token. */
@Service
class TokenService {
    private static final Logger log = LoggerFactory.getLogger(TokenService.class);
    private static final String DEFAULT_GUEST_NAME = "Guest";

    private final AccountRepository accounts;
    private final Credentials credentials;
    private final RefreshTokenRepository refreshTokens;
    private final AccessTokenIssuer issuer;
    private final TokenProperties properties;
    private final CustomerIdentity identity;
    private final Clock clock;

    TokenService(
            AccountRepository accounts,
            Credentials credentials,
            RefreshTokenRepository refreshTokens,
            AccessTokenIssuer issuer,
            TokenProperties properties,
            CustomerIdentity identity,
            Clock clock) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.refreshTokens = refreshTokens;
        this.issuer = issuer;
        this.properties = properties;
        this.identity = identity;
        this.clock = clock;
    }

    /** Creates a guest account and its first session. */
    @Transactional
    TokenResponse startGuest(String name, String email) {
        String displayName = name == null || name.isBlank() ? DEFAULT_GUEST_NAME : name.strip();
        String contact = email == null || email.isBlank() ? null : email.strip();
        Account guest = accounts.createGuest(displayName, contact);
        return openSession(guest, UUID.randomUUID());
    }

    /**
     * Starts a session of a customer the host site vouched for (the signature checked in constant time); the
     * account, with its stable id, is created on first use.
     */
    @Transactional
    TokenResponse startCustomer(String externalId, String signature, String name, String email) {
        if (!identity.verifies(externalId, signature)) {
            throw new AuthFailure("customer signature does not match");
        }
        String displayName = name == null || name.isBlank() ? null : name.strip();
        String contact = email == null || email.isBlank() ? null : email.strip();
        Account customer = accounts.upsertCustomer(CustomerIdentity.customerId(externalId), displayName, contact);
        if (customer.disabled()) {
            throw new AuthFailure("customer account is disabled");
        }
        return openSession(customer, UUID.randomUUID());
    }

    /** Starts a staff session; the same failure for an unknown email, a wrong password or a disabled account. */
    @Transactional
    TokenResponse login(String email, String password) {
        Account account = credentials.check(email.strip(), password).orElseThrow(AuthFailure::badCredentials);
        return openSession(account, UUID.randomUUID());
    }

    /**
     * Exchanges a refresh token for a new pair in the same family. A rotated token presented again revokes the
     * family (the revocation commits although the call fails).
     */
    @Transactional(noRollbackFor = AuthFailure.class)
    TokenResponse refresh(String refreshToken) {
        RefreshToken stored = refreshTokens
                .findForUpdate(OpaqueTokens.hash(refreshToken))
                .orElseThrow(() -> AuthFailure.badRefreshToken("is unknown"));
        switch (stored.verdict(clock.instant())) {
            case REUSED -> {
                refreshTokens.revokeFamily(stored.familyId());
                log.warn("reuse of a rotated refresh token: session family {} revoked", stored.familyId());
                throw AuthFailure.badRefreshToken("was already used; the session is revoked");
            }
            case REVOKED -> throw AuthFailure.badRefreshToken("is revoked");
            case EXPIRED -> throw AuthFailure.badRefreshToken("has expired");
            case USABLE -> {}
        }
        Account account = accounts.findById(stored.accountId())
                .filter(a -> !a.disabled())
                .orElseThrow(() -> AuthFailure.badRefreshToken("belongs to a disabled account"));
        refreshTokens.markRotated(stored.id());
        return openSession(account, stored.familyId());
    }

    /** Revokes the session the refresh token belongs to; an unknown token changes nothing. */
    @Transactional
    void logout(String refreshToken) {
        refreshTokens
                .findForUpdate(OpaqueTokens.hash(refreshToken))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId()));
    }

    private TokenResponse openSession(Account account, UUID familyId) {
        String refreshToken = OpaqueTokens.generate();
        refreshTokens.insert(
                OpaqueTokens.hash(refreshToken),
                familyId,
                account.id(),
                clock.instant().plus(properties.refreshTtl()));
        AccessTokenIssuer.AccessToken access = issuer.issue(account);
        return new TokenResponse(
                access.value(), refreshToken, "Bearer", access.expiresIn(), account.id(), account.roles());
    }
}
