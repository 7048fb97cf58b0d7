package dev.priceflow.gateway.price.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.gateway.GatewayProperties;
import dev.priceflow.gateway.edge.EdgeProperties;
import dev.priceflow.gateway.price.application.PriceLookup;
import dev.priceflow.gateway.ratelimit.RateLimitProperties;
import dev.priceflow.gateway.ratelimit.RateLimiter;
import dev.priceflow.gateway.ratelimit.RequestLimits;
import dev.priceflow.gateway.support.FakePriceCache;
import dev.priceflow.gateway.support.FakePricingClient;
import dev.priceflow.infra.test.ManualClock;
import dev.priceflow.kit.security.VerifiedTokens;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class CachedPriceFastPathTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String ALICE = "6f1c2a8e-0000-4000-8000-00000000a11c";
    private static final String BODY = "{\"sku\":\"85123A\",\"price\":\"2.21\"}";

    private final ManualClock clock = new ManualClock(NOW);
    /** Fake signature check: "good.<subject>.<role>" verifies with that realm role and lives 5 minutes. */
    private final ReactiveJwtDecoder verifier = token -> {
        String[] parts = token.split("\\.");
        if (!"good".equals(parts[0])) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject(parts[1])
                .claim("realm_access", Map.of("roles", List.of(parts[2])))
                .issuedAt(NOW).expiresAt(NOW.plus(Duration.ofMinutes(5))).build());
    };
    private final FakePriceCache cache = new FakePriceCache();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Map<String, Integer> counted = new HashMap<>();
    private int userLimit = 100;
    private VerifiedTokens tokens;
    private CachedPriceFastPath fastPath;

    @BeforeEach
    void setUp() {
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ofSeconds(30));
        expiry.setClock(clock);
        tokens = new VerifiedTokens(verifier, expiry, clock, 100);
        GatewayProperties properties = new GatewayProperties(
                new GatewayProperties.Pricing(URI.create("http://127.0.0.1:8081"), Duration.ofSeconds(2),
                        Duration.ofSeconds(2)),
                new GatewayProperties.PriceCache(Duration.ofSeconds(60), Duration.ofMillis(200),
                        Duration.ofMinutes(30), 0, Duration.ofMillis(500), Duration.ofSeconds(20), 4),
                new GatewayProperties.Events(500, Duration.ofSeconds(6)),
                new GatewayProperties.Breaker(20, 10, 50, Duration.ofSeconds(5), Duration.ofSeconds(3)));
        PriceLookup prices = new PriceLookup(cache, new FakePricingClient(), clock, properties);
        RateLimiter limiter = (scope, client, limit) -> {
            int n = counted.merge(scope + ":" + client, 1, Integer::sum);
            return new RateLimiter.Decision(n <= ("user".equals(scope) ? userLimit : limit), true, 1);
        };
        RequestLimits limits = new RequestLimits(limiter,
                new RateLimitProperties(true, 100, 2000, Duration.ofMillis(200), Duration.ofMillis(100)));
        fastPath = new CachedPriceFastPath(tokens, prices, limits,
                new EdgeProperties(65_536, List.of(), "http://127.0.0.1:8180"), meters);
        cache.inProcess = true;
        cache.entries.put(RedisKeys.cachedPrice(ALICE, "85123A", "web", "0"), BODY);
        cache.remainingMillis.put(RedisKeys.cachedPrice(ALICE, "85123A", "web", "0"), 45_000L);
    }

    private String verified(String role) {
        String token = "good." + ALICE + "." + role;
        tokens.decode(token).block();
        return token;
    }

    private static MockServerHttpRequest.BaseBuilder<?> get(String uri, String token) {
        return MockServerHttpRequest.get(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .remoteAddress(new InetSocketAddress("127.0.0.1", 40000));
    }

    /** Runs the filter; true when the request went on down the chain. */
    private boolean passedOn(MockServerWebExchange exchange) {
        boolean[] chained = {false};
        fastPath.filter(exchange, ex -> Mono.fromRunnable(() -> chained[0] = true)).block();
        return chained[0];
    }

    private double answered() {
        return meters.counter(CachedPriceFastPath.METRIC).count();
    }

    @Test
    void aCachedHitIsAnsweredWithTheFullPathsHeadersWithoutTheChain() {
        MockServerWebExchange exchange = MockServerWebExchange.from(get("/api/v1/prices/85123A", verified("shopper")));

        assertThat(passedOn(exchange)).isFalse();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
        HttpHeaders headers = exchange.getResponse().getHeaders();
        assertThat(headers.getFirst("X-Cache")).isEqualTo("HIT");
        assertThat(headers.getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(headers.getContentLength()).isEqualTo(BODY.length());
        assertThat(headers.get(HttpHeaders.VARY))
                .containsExactly("Origin", "Access-Control-Request-Method", "Access-Control-Request-Headers");
        assertThat(headers.getFirst("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(headers.getFirst("Content-Security-Policy")).contains("connect-src 'self' http://127.0.0.1:8180");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        assertThat(exchange.getResponse().getBodyAsString().block()).isEqualTo(BODY);
        assertThat(answered()).isEqualTo(1);
        assertThat(counted).containsEntry("addr:127.0.0.1", 1).containsEntry("user:" + ALICE, 1);
    }

    @Test
    void theCallersCorrelationIdAndChannelAreHonoured() {
        cache.entries.put(RedisKeys.cachedPrice(ALICE, "85123A", "app", "0"), "{\"channel\":\"app\"}");
        MockServerWebExchange exchange = MockServerWebExchange.from(
                get("/api/v1/prices/85123A?channel=app", verified("marketing")).header("X-Request-Id", "order-4711-abc"));

        assertThat(passedOn(exchange)).isFalse();
        assertThat(exchange.getResponse().getHeaders().getFirst("X-Request-Id")).isEqualTo("order-4711-abc");
        assertThat(exchange.getResponse().getBodyAsString().block()).isEqualTo("{\"channel\":\"app\"}");
    }

    @Test
    void everythingItCannotDecideGoesOnThroughTheChainUntouchedAndUncounted() {
        String shopper = verified("shopper");
        Map<String, Function<String, MockServerHttpRequest>> cases = new LinkedHashMap<>();
        cases.put("a token never verified here", t -> get("/api/v1/prices/85123A", "good." + ALICE + ".admin").build());
        cases.put("a forged token", t -> get("/api/v1/prices/85123A", "forged.x.shopper").build());
        cases.put("no token", t -> MockServerHttpRequest.get("/api/v1/prices/85123A").build());
        cases.put("a malformed header", t -> MockServerHttpRequest.get("/api/v1/prices/85123A")
                .header(HttpHeaders.AUTHORIZATION, "Bearer a b").build());
        cases.put("another scheme", t -> MockServerHttpRequest.get("/api/v1/prices/85123A")
                .header(HttpHeaders.AUTHORIZATION, "Basic YWxpY2U6YWxpY2U=").build());
        cases.put("a role that may not read prices", t -> get("/api/v1/prices/85123A", verified("forecast-reader"))
                .build());
        cases.put("POST", t -> MockServerHttpRequest.post("/api/v1/prices/85123A")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + t).build());
        cases.put("the batch path", t -> get("/api/v1/prices/batch", t).build());
        cases.put("a deeper path", t -> get("/api/v1/prices/85123A/history", t).build());
        cases.put("a malformed SKU", t -> get("/api/v1/prices/85123a", t).build());
        cases.put("an encoded SKU", t -> get("/api/v1/prices/85123%41", t).build());
        cases.put("another query", t -> get("/api/v1/prices/85123A?currency=EUR", t).build());
        cases.put("a second parameter", t -> get("/api/v1/prices/85123A?channel=web&x=1", t).build());
        cases.put("a malformed channel", t -> get("/api/v1/prices/85123A?channel=WEB", t).build());
        cases.put("an empty channel", t -> get("/api/v1/prices/85123A?channel=", t).build());
        cases.put("a cross-origin request", t -> get("/api/v1/prices/85123A", t)
                .header(HttpHeaders.ORIGIN, "http://127.0.0.1:3000").build());
        cases.put("a body", t -> get("/api/v1/prices/85123A", t).header(HttpHeaders.CONTENT_LENGTH, "2").build());
        cases.put("a chunked body", t -> get("/api/v1/prices/85123A", t)
                .header(HttpHeaders.TRANSFER_ENCODING, "chunked").build());
        cases.put("a header the firewall refuses", t -> get("/api/v1/prices/85123A", t)
                .header("X-Note", "line\u0007bell").build());
        cases.put("two Authorization headers", t -> get("/api/v1/prices/85123A", t)
                .header(HttpHeaders.AUTHORIZATION, "Bearer x\u0007").build());
        cases.put("an uncached SKU", t -> get("/api/v1/prices/22423", t).build());
        cases.put("another price path", t -> get("/api/v1/pricing/policy", t).build());
        List<String> answeredHere = new ArrayList<>();
        cases.forEach((name, request) -> {
            MockServerWebExchange exchange = MockServerWebExchange.from(request.apply(shopper));
            if (!passedOn(exchange) || exchange.getResponse().isCommitted()
                    || !exchange.getResponse().getHeaders().isEmpty()) {
                answeredHere.add(name);
            }
        });
        assertThat(answeredHere).isEmpty();
        assertThat(answered()).isZero();
        assertThat(counted).as("nothing passed on was counted against the rate limits").isEmpty();
    }

    @Test
    void anExpiredTokenGoesThroughTheChainWhichRefusesIt() {
        String shopper = verified("shopper");
        clock.advance(Duration.ofMinutes(5).plusSeconds(31));
        assertThat(passedOn(MockServerWebExchange.from(get("/api/v1/prices/85123A", shopper)))).isTrue();
        assertThat(answered()).isZero();
    }

    @Test
    void anEntryDueForRenewalOrACacheWithoutAnInProcessTierGoesThroughTheChain() {
        String shopper = verified("shopper");
        cache.remainingMillis.put(RedisKeys.cachedPrice(ALICE, "85123A", "web", "0"), 5_000L);
        assertThat(passedOn(MockServerWebExchange.from(get("/api/v1/prices/85123A", shopper)))).as("due").isTrue();
        cache.remainingMillis.put(RedisKeys.cachedPrice(ALICE, "85123A", "web", "0"), 45_000L);
        cache.inProcess = false;
        assertThat(passedOn(MockServerWebExchange.from(get("/api/v1/prices/85123A", shopper)))).as("Redis").isTrue();
        assertThat(answered()).isZero();
    }

    @Test
    void overTheUserLimitTheRequestGoesThroughTheChainWithTheDecisionAlreadyMade() {
        String shopper = verified("shopper");
        userLimit = 1;
        assertThat(passedOn(MockServerWebExchange.from(get("/api/v1/prices/85123A", shopper)))).isFalse();
        MockServerWebExchange second = MockServerWebExchange.from(get("/api/v1/prices/85123A", shopper));
        assertThat(passedOn(second)).isTrue();
        assertThat(second.getResponse().isCommitted()).isFalse();
        assertThat(second.getAttributes()).as("the decisions travel with the request (RequestLimitsTest)")
                .hasEntrySatisfying(second.getAttributes().keySet().stream().filter(k -> k.endsWith(".decided.user"))
                        .findFirst().orElseThrow(), decision -> assertThat(decision)
                        .isEqualTo(new RateLimiter.Decision(false, true, 1)));
        assertThat(counted).containsEntry("user:" + ALICE, 2);
    }
}
