package dev.priceflow.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;

class BearerTokenHeaderTest {

    private static final String ALPHABET = "abcXYZ019-._~+/= \t:,;\"!%Bearer bearer BEARER é\u0000";

    /** "token:X", "none" or "malformed" — what a converter made of the header. */
    private static String outcome(org.springframework.security.web.server.authentication.ServerAuthenticationConverter
                                          converter, String header) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/prices/A1");
        if (header != null) {
            request.header(HttpHeaders.AUTHORIZATION, header);
        }
        try {
            Authentication auth = converter.convert(MockServerWebExchange.from(request)).block();
            return auth == null ? "none" : "token:" + ((BearerTokenAuthenticationToken) auth).getToken();
        } catch (OAuth2AuthenticationException e) {
            return "malformed:" + e.getError().getErrorCode();
        }
    }

    @Test
    void readsWellFormedTokensAndRefusesMalformedOnes() {
        assertThat(BearerTokenHeader.token("Bearer abc.DEF-123_~+/==")).isEqualTo("abc.DEF-123_~+/==");
        assertThat(BearerTokenHeader.token("bEaReR x")).isEqualTo("x");
        assertThat(BearerTokenHeader.token(null)).isNull();
        assertThat(BearerTokenHeader.token("Basic dXNlcjpwYXNz")).isNull();
        assertThatThrownBy(() -> BearerTokenHeader.token("Bearer ")).isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> BearerTokenHeader.token("Bearer a b")).isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> BearerTokenHeader.token("Bearer ==")).isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> BearerTokenHeader.token("Bearer a=b")).isInstanceOf(OAuth2AuthenticationException.class);
    }

    /** Seeded random headers: the loop decides exactly as Spring Security's regular expression does. */
    @Test
    void decidesAsSpringSecuritysConverterOnRandomHeaders() {
        ServerBearerTokenAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
        BearerTokenHeader ours = new BearerTokenHeader();
        Random random = new Random(20261126L);
        int tokens = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder header = new StringBuilder(random.nextInt(3) == 0 ? "" : random.nextBoolean() ? "Bearer " : "bearer");
            int length = random.nextInt(24);
            for (int n = 0; n < length; n++) {
                header.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String value = header.toString();
            String expected = outcome(spring, value);
            assertThat(outcome(ours, value)).as("case %d: %s", i, value).isEqualTo(expected);
            tokens += expected.startsWith("token:") ? 1 : 0;
        }
        assertThat(tokens).as("the cases include well-formed tokens").isGreaterThan(100);
    }
}
