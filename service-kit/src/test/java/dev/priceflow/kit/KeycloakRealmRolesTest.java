package dev.priceflow.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.test.StepVerifier;

class KeycloakRealmRolesTest {

    private static Jwt token(Map<String, Object> claims) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1")
                .issuedAt(Instant.parse("2026-11-20T10:00:00Z")).expiresAt(Instant.parse("2026-11-20T10:05:00Z"))
                .claims(c -> c.putAll(claims)).build();
    }

    @Test
    void realmRolesBecomeRoleAuthoritiesAndSubjectNamesThePrincipal() {
        Jwt jwt = token(Map.of("realm_access", Map.of("roles", List.of("shopper", "offline_access"))));

        StepVerifier.create(new KeycloakRealmRoles().convert(jwt))
                .assertNext(auth -> {
                    assertThat(auth.getName()).isEqualTo("user-1");
                    assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                            .containsExactlyInAnyOrder("ROLE_shopper", "ROLE_offline_access");
                })
                .verifyComplete();
    }

    @Test
    void aTokenWithoutRealmRolesGrantsNothing() {
        assertThat(KeycloakRealmRoles.authorities(token(Map.of("scope", "profile")))).isEmpty();
        assertThat(KeycloakRealmRoles.authorities(token(Map.of("realm_access", "garbage")))).isEmpty();
    }

    @Test
    void hasAnyRoleDecidesAsTheAuthoritiesWould() {
        Jwt shopper = token(Map.of("realm_access", Map.of("roles", List.of("offline_access", "shopper"))));
        assertThat(KeycloakRealmRoles.hasAnyRole(shopper, List.of("marketing", "shopper"))).isTrue();
        assertThat(KeycloakRealmRoles.hasAnyRole(shopper, List.of("admin"))).isFalse();
        assertThat(KeycloakRealmRoles.hasAnyRole(token(Map.of("scope", "profile")), List.of("shopper"))).isFalse();
        assertThat(KeycloakRealmRoles.hasAnyRole(token(Map.of("realm_access", Map.of("roles", "shopper"))),
                List.of("shopper"))).as("roles must be a list").isFalse();
    }
}
