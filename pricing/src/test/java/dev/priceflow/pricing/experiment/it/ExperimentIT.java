package dev.priceflow.pricing.experiment.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.pricing.experiment.domain.Arm;
import dev.priceflow.pricing.experiment.domain.Assignment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A price experiment on a SKU made for this run, against the running pricing service, Keycloak, PostgreSQL and
 * Kafka: created by mia, alice's quote shows her arm (or the holdout), her purchase reaches the results. The
 * experiment is always ended and the IT's rows removed afterwards.
 */
class ExperimentIT {

    private static final Duration WAIT = Duration.ofSeconds(45);
    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    private final String sku = "ITX-" + suffix;
    private Long id;

    @BeforeEach
    void catalogue() throws Exception {
        ItClient.update("INSERT INTO pricing.product (sku, name, category, currency, list_price, unit_cost, stock) "
                + "VALUES (?, 'IT experiment mug', ?, 'GBP', 20.00, 8.00, 100)", sku,
                "it-exp-" + suffix.toLowerCase(Locale.ROOT));
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (id != null) {
            ItClient.post("/api/v1/pricing/experiments/" + id + "/end", ItClient.token("mia"), "");
            ItClient.update("DELETE FROM pricing.experiment_purchase WHERE experiment_id = ?", id);
            ItClient.update("DELETE FROM pricing.experiment_exposure WHERE experiment_id = ?", id);
            ItClient.update("DELETE FROM pricing.experiment WHERE id = ?", id);
        }
        ItClient.update("DELETE FROM pricing.quote WHERE sku = ?", sku);
        ItClient.update("DELETE FROM pricing.base_price_history WHERE sku = ?", sku);
        ItClient.update("DELETE FROM pricing.product WHERE sku = ?", sku);
    }

    @Test
    void anExperimentPricesAssignedShoppersAndCountsTheirPurchases() throws Exception {
        String mia = ItClient.token("mia");
        String body = """
                {"name":"it-%s","sku":"%s","arms":[{"name":"control","priceChangePercent":0},
                 {"name":"plus5","priceChangePercent":5}],"holdoutPercent":10,"endsAt":"%s"}"""
                .formatted(suffix, sku, Instant.now().plus(Duration.ofHours(1)));
        ItClient.Answer created = ItClient.post("/api/v1/pricing/experiments", mia, body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        id = created.body().path("id").asLong();
        assertThat(created.body().path("status").asString()).isEqualTo("RUNNING");
        assertThat(created.body().path("createdBy").asString()).isEqualTo(ItClient.MIA_ID);
        assertThat(created.body().path("arms").get(1).path("weightPercent").asInt()).isEqualTo(50);
        assertThat(ItClient.get("/api/v1/pricing/experiments/" + id, mia).body().path("name").asString())
                .isEqualTo("it-" + suffix);
        assertThat(ItClient.get("/api/v1/pricing/experiments", mia).body().toString()).contains("it-" + suffix);

        Assignment.Placement alice = Assignment.place(id, 10, List.of(new Arm("control", BigDecimal.ZERO, 50),
                new Arm("plus5", BigDecimal.valueOf(5), 50)), ItClient.ALICE_ID);
        JsonNode quote = quoteUntilExposed(ItClient.token("alice"), alice.armName());
        JsonNode experimentStep = null;
        for (JsonNode step : quote.path("explanation")) {
            if ("EXPERIMENT".equals(step.path("rule").asString())) {
                experimentStep = step;
            }
        }
        if (alice.holdout()) {
            assertThat(experimentStep).as("holdout: standard price, no experiment step").isNull();
        } else {
            assertThat(experimentStep).as(quote.toString()).isNotNull();
            assertThat(experimentStep.path("detail").asString()).startsWith("Price test");
        }

        publishPurchase();
        JsonNode arm = resultsUntilBought(mia, alice.armName());
        assertThat(arm.path("visitors").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(arm.path("units").asLong()).isEqualTo(2);
        assertThat(arm.path("conversionRateCi95").size()).isEqualTo(2);

        ItClient.Answer ended = ItClient.post("/api/v1/pricing/experiments/" + id + "/end", mia, "");
        assertThat(ended.body().path("status").asString()).isEqualTo("ENDED");
    }

    @Test
    void badExperimentsAreProblemsNamingTheField() throws Exception {
        String mia = ItClient.token("mia");
        String tooBig = """
                {"name":"it-bad-%s","sku":"%s","arms":[{"name":"control","priceChangePercent":0},
                 {"name":"plus20","priceChangePercent":20}],"endsAt":"%s"}"""
                .formatted(suffix, sku, Instant.now().plus(Duration.ofHours(1)));
        ItClient.Answer a = ItClient.post("/api/v1/pricing/experiments", mia, tooBig);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().path("field").asString()).isEqualTo("arms[1].priceChangePercent");
        ItClient.Answer unknown = ItClient.post("/api/v1/pricing/experiments", mia, tooBig
                .replace("\"plus20\",\"priceChangePercent\":20", "\"plus2\",\"priceChangePercent\":2")
                .replace(sku, "NOPE-" + suffix));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("field").asString()).isEqualTo("sku");
        assertThat(ItClient.get("/api/v1/pricing/experiments/999999999", mia).status()).isEqualTo(404);
        assertThat(ItClient.get("/api/v1/pricing/experiments", ItClient.token("alice")).status()).isEqualTo(403);
    }

    private JsonNode quoteUntilExposed(String alice, String armName) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            ItClient.Answer q = ItClient.get("/api/v1/prices/" + sku + "?channel=web", alice);
            assertThat(q.status()).as(q.body().toString()).isEqualTo(200);
            String arm = ItClient.first("SELECT arm FROM pricing.experiment_exposure WHERE experiment_id = ? "
                    + "AND user_id = ?", id, ItClient.ALICE_ID);
            if (arm != null) {
                assertThat(arm).isEqualTo(armName);
                return q.body();
            }
            assertThat(Instant.now()).as("exposure recorded in time").isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private void publishPurchase() throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ItClient.env("PRICEFLOW_KAFKA", "127.0.0.1:19092"));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        PurchaseCompleted purchase = new PurchaseCompleted(UUID.randomUUID(), Instant.now(), 1, ItClient.ALICE_ID,
                "it-order-" + suffix, List.of(new PurchaseCompleted.Line(sku, 2, Money.of("21.00", "GBP"))));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.COMMERCE_EVENTS, purchase.partitionKey(),
                    ItClient.JSON.writerFor(CommerceEvent.class).writeValueAsString(purchase))).get();
        }
    }

    private JsonNode resultsUntilBought(String mia, String armName) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            ItClient.Answer r = ItClient.get("/api/v1/pricing/experiments/" + id + "/results", mia);
            assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
            JsonNode arm = Assignment.HOLDOUT.equals(armName) ? r.body().path("holdout") : null;
            for (JsonNode a : r.body().path("arms")) {
                if (a.path("name").asString().equals(armName)) {
                    arm = a;
                }
            }
            if (arm != null && arm.path("buyers").asLong() == 1) {
                return arm;
            }
            assertThat(Instant.now()).as("purchase attributed in time: " + r.body()).isBefore(deadline);
            Thread.sleep(1000);
        }
    }
}
