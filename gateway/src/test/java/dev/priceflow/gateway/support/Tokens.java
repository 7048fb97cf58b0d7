package dev.priceflow.gateway.support;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

/** Signed-in users for slice tests, shaped like the Keycloak demo users. */
public final class Tokens {

    public static final String ALICE = "6f1c2a8e-0000-4000-8000-00000000a11c";
    public static final String BOB = "6f1c2a8e-0000-4000-8000-000000000b0b";
    public static final String MIA = "6f1c2a8e-0000-4000-8000-0000000003a1";

    private Tokens() {
    }

    public static JwtMutator shopper(String userId) {
        return as(userId, "shopper");
    }

    public static JwtMutator marketing() {
        return as(MIA, "marketing");
    }

    public static JwtMutator as(String userId, String role) {
        return mockJwt().jwt(jwt -> jwt.subject(userId).tokenValue("token-of-" + userId))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
