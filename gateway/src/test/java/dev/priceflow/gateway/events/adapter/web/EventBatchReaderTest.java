package dev.priceflow.gateway.events.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.gateway.events.application.BatchElement;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one-pass reading of well-formed batches answers exactly what the element-by-element reading answers, for
 * every kind of body: a seeded-random property loop (2,000 cases, fixed seed, the failing body is printed).
 */
class EventBatchReaderTest {

    private static final int MAX = 5;
    private final EventBatchReader reader = new EventBatchReader(JsonMapper.builder().build(), MAX);

    private static final String[] GOOD = {
        "{\"type\":\"ProductViewed\",\"eventId\":\"%s\",\"occurredAt\":\"2026-11-20T09:59:00Z\",\"schemaVersion\":1,"
                + "\"userId\":\"u1\",\"sku\":\"85123A\",\"channel\":\"web\"}",
        "{\"type\":\"AddedToCart\",\"eventId\":\"%s\",\"occurredAt\":\"2026-11-20T09:59:00Z\",\"schemaVersion\":1,"
                + "\"userId\":\"u1\",\"sku\":\"22423\",\"quantity\":2,\"unitPrice\":{\"amount\":\"12.75\","
                + "\"currency\":\"GBP\"}}",
        "{\"type\":\"SearchPerformed\",\"eventId\":\"%s\",\"occurredAt\":\"2026-11-20T09:59:00Z\","
                + "\"schemaVersion\":1,\"userId\":\"u1\",\"query\":\"mug\",\"resultCount\":3}",
    };
    private static final String[] BAD = {
        "42", "null", "\"text\"", "[]", "{}",
        "{\"type\":\"Teleported\",\"eventId\":\"%s\"}",
        "{\"eventId\":\"%s\",\"userId\":\"u1\",\"sku\":\"85123A\"}",
        "{\"type\":\"ProductViewed\",\"eventId\":\"not-a-uuid\",\"occurredAt\":\"2026-11-20T09:59:00Z\"}",
        "{\"type\":\"ProductViewed\",\"eventId\":\"%s\",\"occurredAt\":\"yesterday\"}",
        "{\"type\":\"AddedToCart\",\"eventId\":\"%s\",\"quantity\":\"many\"}",
        "{\"type\":7,\"eventId\":\"%s\"}",
        "{\"type\":\"productviewed\",\"eventId\":\"%s\"}",
    };

    @Test
    void theOnePassReadingAgreesWithTheElementWiseReadingOnEveryBody() {
        Random random = new Random(20_261_126L);
        int wellFormed = 0;
        for (int n = 0; n < 2_000; n++) {
            String body = body(random);
            EventBatchReader.Batch expected = reader.readElementWise(body);
            assertThat(reader.read(body)).as("body: %s", body).isEqualTo(expected);
            if (expected instanceof EventBatchReader.Batch.Elements e
                    && e.elements().stream().allMatch(BatchElement.Readable.class::isInstance)) {
                wellFormed++;
            }
        }
        assertThat(wellFormed).as("the loop exercises the fast path too").isGreaterThan(200);
    }

    @Test
    void refusalsStayTheSame() {
        assertThat(reader.read("")).isEqualTo(new EventBatchReader.Batch.Refused(HttpStatus.BAD_REQUEST,
                "the body must be a JSON array of events"));
        assertThat(reader.read("[]")).isEqualTo(new EventBatchReader.Batch.Refused(HttpStatus.BAD_REQUEST,
                "the batch is empty"));
        assertThat(reader.read("[" + String.join(",", List.of(good(0), good(0), good(0), good(0), good(0),
                good(0))) + "]")).isInstanceOf(EventBatchReader.Batch.Refused.class)
                .extracting(b -> ((EventBatchReader.Batch.Refused) b).status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
    }

    private static String body(Random random) {
        switch (random.nextInt(10)) {
            case 0 -> {
                return random.nextBoolean() ? "{\"not\":\"an array\"}" : "[" + good(0) + ",";
            }
            case 1, 2, 3, 4 -> {
                return array(random, 0.0);
            }
            default -> {
                return array(random, 0.3);
            }
        }
    }

    private static String array(Random random, double badShare) {
        StringJoiner array = new StringJoiner(",", "[", "]");
        int size = random.nextInt(MAX + 2);
        for (int i = 0; i < size; i++) {
            array.add(random.nextDouble() < badShare
                    ? BAD[random.nextInt(BAD.length)].formatted(new UUID(random.nextLong(), random.nextLong()))
                    : good(random.nextInt(GOOD.length), random));
        }
        return array.toString();
    }

    private static String good(int kind) {
        return good(kind, new Random(kind));
    }

    private static String good(int kind, Random random) {
        return GOOD[kind].formatted(new UUID(random.nextLong(), random.nextLong()));
    }
}
