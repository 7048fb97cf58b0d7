package dev.priceflow.forecast.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import dev.priceflow.contracts.Money;
import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.forecast.DemandForecastApplication;
import dev.priceflow.forecast.history.adapter.cli.ImportSalesCommand;
import dev.priceflow.infra.test.KafkaTestClients;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** Sales history against the local stack's PostgreSQL and Kafka: events, HTTP import, CLI import. */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.KAFKA, Server.POSTGRES, Server.REDIS})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SalesHistoryIT {

    private static final String GROUP = "demand-forecast-it-" + UUID.randomUUID();
    private static final Duration PATIENCE = Duration.ofSeconds(45);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static KafkaProducer<String, String> producer;

    private final List<String> skus = new ArrayList<>();

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void consumerGroup(DynamicPropertyRegistry registry) {
        KafkaTestClients.startGroupAtEnd(GROUP, Topics.COMMERCE_EVENTS);
        registry.add("spring.kafka.consumer.group-id", () -> GROUP);
    }

    @BeforeAll
    static void open() {
        producer = KafkaTestClients.producer();
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    /**
     * Deletes this test's IT- rows. The processed_event ids are kept on purpose: a running demand-forecast
     * service (another consumer group) may read the same events later, and must find them already counted.
     */
    @AfterEach
    void deleteTestRows() {
        skus.forEach(sku -> jdbc.update("DELETE FROM forecast.sales_daily WHERE sku = ?", sku));
    }

    private String sku() {
        String sku = "IT-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase(Locale.ROOT);
        skus.add(sku);
        return sku;
    }

    @Test
    void aPurchaseDeliveredTwiceIsCountedOnce() {
        String sku = sku();
        Instant at = Instant.now();
        UUID id = UUID.randomUUID();
        UUID closing = UUID.randomUUID();
        PurchaseCompleted purchase = new PurchaseCompleted(id, at, 1, "it-user", "o-" + id, List.of(
                new PurchaseCompleted.Line(sku, 2, Money.of("2.55", "GBP")),
                new PurchaseCompleted.Line(sku, 1, Money.of("2.00", "GBP"), true)));
        // Same key (user) = same partition: the closing purchase is handled after both copies.
        PurchaseCompleted last = new PurchaseCompleted(closing, at, 1, "it-user", "o-" + closing,
                List.of(new PurchaseCompleted.Line(sku, 10, Money.of("1.00", "GBP"))));
        publish(purchase, purchase, last);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(units(sku)).isEqualTo(13L));

        Map<String, Object> row = jdbc.queryForMap("SELECT day, revenue, promo_units FROM forecast.sales_daily WHERE sku = ?", sku);
        assertThat(row.get("day").toString()).isEqualTo(LocalDate.ofInstant(at, ZoneOffset.UTC).toString());
        assertThat(row.get("revenue").toString()).isEqualTo("17.10");
        assertThat(row.get("promo_units")).isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM forecast.processed_event WHERE event_id IN (?, ?)",
                Long.class, id, closing)).isEqualTo(2);
    }

    @Test
    void anInvalidPurchaseGoesToTheDeadLetterTopicWithItsReason() {
        String sku = sku();
        PurchaseCompleted euros = new PurchaseCompleted(UUID.randomUUID(), Instant.now(), 1, "it-" + sku, "o",
                List.of(new PurchaseCompleted.Line(sku, 1, Money.of("1.00", "EUR"))));
        try (KafkaConsumer<String, String> dlt = KafkaTestClients.consumerAtEnd(Topics.COMMERCE_EVENTS_DLT)) {
            publish(euros);
            List<ConsumerRecord<String, String>> dead = new ArrayList<>();
            await().atMost(PATIENCE).untilAsserted(() -> {
                dlt.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.value() != null && r.value().contains(sku)) {
                        dead.add(r);
                    }
                });
                // user-profile (another group) may dead-letter other records; look for this service's reason.
                assertThat(dead).map(SalesHistoryIT::reason).anySatisfy(reason ->
                        assertThat(reason).contains("EUR, not the shop currency GBP"));
            });
        }
        assertThat(units(sku)).isNull();
    }

    @Test
    void aValidCsvIsImportedOverHttpAndABadOneWritesNothing() {
        String a = sku();
        String b = sku();
        String good = "sku,day,units,revenue,onPromotion\n" + a + ",2026-01-05,3,7.65,false\n" + a
                + ",2026-01-06,2,4.00,true\n" + b + ",2026-01-05,1,1.10,\n";

        http().post().uri("/api/v1/forecast/sales/imports").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(good).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.importedRows").isEqualTo(3).jsonPath("$.skus").isEqualTo(2);
        assertThat(units(a)).isEqualTo(5L);
        assertThat(jdbc.queryForObject("SELECT promo_units FROM forecast.sales_daily WHERE sku = ? AND day = '2026-01-06'",
                Long.class, a)).isEqualTo(2L);

        String c = sku();
        String bad = "sku,day,units,revenue\n" + c + ",2026-01-05,3,7.65\n" + a + ",2026-01-05,-1,1.00\n";
        http().post().uri("/api/v1/forecast/sales/imports").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(bad).exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].line").isEqualTo(3);
        assertThat(units(c)).isNull();
        assertThat(units(a)).isEqualTo(5L);
    }

    @Test
    void theCliImportsAValidFileAndExitsNonZeroOnABadOne(@TempDir Path dir) throws Exception {
        String a = sku();
        Path good = Files.writeString(dir.resolve("good.csv"), "sku,day,units,revenue\n" + a + ",2026-02-01,4,8.00\n");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "sku,day,units,revenue\n" + a + ",2026-02-02,NaN,1\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int ok = ImportSalesCommand.run(DemandForecastApplication.class, new String[] {"import-sales", good.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int rejected = ImportSalesCommand.run(DemandForecastApplication.class, new String[] {"import-sales", bad.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(ok).isZero();
        assertThat(rejected).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported 1 rows, 1 SKUs, 2026-02-01 to 2026-02-01");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2: units 'NaN' is not a whole number");
        assertThat(units(a)).isEqualTo(4L);
    }

    private static String reason(ConsumerRecord<String, String> record) {
        var header = record.headers().lastHeader("priceflow-dlt-reason");
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Long units(String sku) {
        return jdbc.queryForObject("SELECT sum(units) FROM forecast.sales_daily WHERE sku = ?", Long.class, sku);
    }

    private WebTestClient http() {
        return WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient().build()
                .mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_marketing")));
    }

    private void publish(PurchaseCompleted... events) {
        for (PurchaseCompleted e : events) {
            producer.send(new ProducerRecord<>(Topics.COMMERCE_EVENTS, e.partitionKey(), JSON.writeValueAsString(e)));
        }
        producer.flush();
    }
}
