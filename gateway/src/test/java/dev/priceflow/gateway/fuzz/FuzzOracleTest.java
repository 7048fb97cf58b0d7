package dev.priceflow.gateway.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The fuzz pass's own parts, without servers: the oracle can fail, and the generators make what they say. */
class FuzzOracleTest {

    private static final String PROBLEM = "application/problem+json";

    private static FuzzCase refused(String family) {
        List<FuzzCase.Header> headers = List.of(new FuzzCase.Header("X-Request-Id", "<script>"));
        return new FuzzCase("GET /x", family, "t", "GET", "/x", headers, null, false, false, Expect.refused());
    }

    private static Answer answer(int status, String type, String body, String requestId) {
        return new Answer(status, type, body, requestId, null, 1);
    }

    @Test
    void aCleanProblemDocumentPassesAndEachBrokenRuleIsNamed() {
        assertThat(Oracle.judge(refused("path"), answer(400, PROBLEM, "{\"status\":400}", "abc12345"))).isEmpty();
        assertThat(Oracle.judge(refused("path"), answer(500, PROBLEM, "{}", null))).containsExactly("server error 500");
        assertThat(Oracle.judge(refused("path"), answer(200, "application/json", "[]", null)))
                .containsExactly("status 200, expected 4xx");
        assertThat(Oracle.judge(refused("path"), answer(400, "", "", null))).singleElement().asString()
                .startsWith("4xx without problem+json");
        assertThat(Oracle.judge(refused("headers"), answer(431, "", "", null))).isEmpty();
        assertThat(Oracle.judge(refused("path"), answer(400, PROBLEM,
                "{\"detail\":\"boom\\n\\tat dev.priceflow.pricing.X.y(X.java:1)\"}", null)))
                .singleElement().asString().startsWith("leak 'at dev.priceflow'");
        assertThat(Oracle.judge(refused("request-id"), answer(400, PROBLEM, "{}", "<script>")))
                .containsExactly("hostile X-Request-Id echoed back");
        assertThat(Oracle.judge(refused("path"), Answer.failed("HttpTimeoutException: timed out", 5000)))
                .containsExactly("no answer: HttpTimeoutException: timed out");
    }

    @Test
    void onlyAnAnswerThatRanIntoATimeoutIsSentAgain() {
        String unavailable = "{\"type\":\"https://priceflow.dev/problems/dependency-unavailable\",\"status\":503}";
        assertThat(Runner.timedOut(Answer.failed("HttpTimeoutException: timed out", 5000))).isTrue();
        assertThat(Runner.timedOut(Answer.failed("ConnectException: refused", 3))).isFalse();
        assertThat(Runner.timedOut(new Answer(503, PROBLEM, unavailable, "abc12345", null, 4021))).isTrue();
        assertThat(Runner.timedOut(new Answer(503, PROBLEM, unavailable, "abc12345", null, 40)))
                .as("a fast 503 is the service's own answer").isFalse();
        assertThat(Runner.timedOut(new Answer(500, PROBLEM, "{}", "abc12345", null, 4021))).isFalse();
        assertThat(Runner.timedOut(new Answer(503, PROBLEM, "{\"status\":503}", "abc12345", null, 4021)))
                .as("a slow 503 that is not the gateway's dependency-unavailable").isFalse();
    }

    @Test
    void anEventBatchMayOnlyBeAcceptedWhenNothingInItWas() {
        Expect events = Expect.refusedOrNothingAccepted();
        assertThat(events.status().test(202) && events.okBody().test("{\"accepted\":0,\"rejected\":1}")).isTrue();
        assertThat(events.okBody().test("{\"accepted\":1,\"rejected\":0}")).isFalse();
    }

    @Test
    void generatorsMakeWhatTheySay() {
        assertThat(new String(Payloads.deeplyNested(10_000, false), StandardCharsets.UTF_8))
                .startsWith("[[[").hasSize(20_001);
        assertThat(Payloads.huge(InputCases.MAX_BODY, true).length).isGreaterThan(InputCases.MAX_BODY);
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            byte[] bad = Payloads.invalidUtf8("{\"a\":\"b\"}", random);
            assertThat(decodes(bad)).as("ill-formed UTF-8 #%d", i).isFalse();
            String base = "{\"a\":\"x\",\"b\":[1,{\"c\":\"d\"}]}";
            String mutated = WrongTypes.mutate(base, random);
            assertThat(mutated).isNotEqualTo(JsonMapper.builder().build().readTree(base).toString());
            JsonMapper.builder().build().readTree(mutated);
        }
    }

    private static boolean decodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
