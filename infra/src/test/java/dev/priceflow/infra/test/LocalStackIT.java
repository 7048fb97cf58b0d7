package dev.priceflow.infra.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Against the real Keycloak of the local stack. */
@ExtendWith(LocalStack.class)
@NeedsStack(Server.KEYCLOAK)
class LocalStackIT {

    private static final String ALICE = "6f1c2a8e-0000-4000-8000-00000000a11c";

    @Test
    void alicesTokenIsForHerWithTheShopperRealmRole(Tokens tokens, Stack stack) {
        String token = tokens.accessToken("alice", "alice");

        JsonNode claims = Tokens.claims(token);
        assertThat(Tokens.realmRoles(token)).contains("shopper").doesNotContain("marketing", "admin");
        assertThat(claims.path("sub").asString()).isEqualTo(ALICE);
        assertThat(claims.path("iss").asString()).isEqualTo(stack.keycloakIssuer().toString());
        assertThat(claims.path("azp").asString()).isEqualTo(Tokens.CLIENT_ID);
    }

    @Test
    void theSameTokenIsServedFromTheCacheUntilItNearsExpiry(Tokens tokens) {
        assertThat(tokens.accessToken("alice", "alice")).isSameAs(tokens.accessToken("alice", "alice"));
    }

    @Test
    void miaIsMarketingNotShopper(Tokens tokens) {
        assertThat(Tokens.realmRoles(tokens.accessToken("mia", "mia"))).contains("marketing")
                .doesNotContain("shopper");
    }

    @Test
    void aWrongPasswordIsRefusedWithKeycloaksReason(Stack stack) {
        Tokens fresh = new Tokens(stack);

        assertThatThrownBy(() -> fresh.accessToken("alice", "not-alices-password"))
                .hasMessageContaining("'alice'").hasMessageContaining("invalid_grant")
                .hasMessageNotContaining("not-alices-password");
    }
}
