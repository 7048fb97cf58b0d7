package dev.priceflow.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loader's three steps against the real servers, each into a scratch target (schema, index) that the test
 * creates from the real definitions (the pricing migration, the stack's index mapping) and drops afterwards.
 * The Kafka step is covered by {@link KafkaReplayerIT}.
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.POSTGRES, Server.ELASTICSEARCH})
class DemoLoaderIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DemoData data = DemoData.read(Path.of("demo-data"));
    private final String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void upsertingTwiceLeavesOneRowPerProductAndRestoresEditedValues(Stack stack) throws Exception {
        String schema = "demo_loader_it_" + suffix;
        try (Connection db = DriverManager.getConnection(stack.pgUrl(), stack.pgUser(), stack.pgPassword());
             Statement sql = db.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
            try {
                sql.execute("SET search_path TO " + schema);
                sql.execute(pricingMigration());
                PostgresCatalogue catalogue = new PostgresCatalogue(stack.pgUrl(), stack.pgUser(),
                        stack.pgPassword(), schema + ".product");

                assertThat(catalogue.upsert(data.products())).isEqualTo(300);
                sql.execute("UPDATE product SET list_price = 99.99, stock = 0 WHERE sku = '85123A'");
                catalogue.upsert(data.products());

                assertThat(catalogue.count()).isEqualTo(300);
                try (ResultSet row = sql.executeQuery("SELECT name, category, currency, list_price, unit_cost,"
                        + " stock FROM product WHERE sku = '85123A'")) {
                    row.next();
                    ProductRow expected = data.products().stream().filter(p -> p.sku().equals("85123A"))
                            .findFirst().orElseThrow();
                    assertThat(row.getString("name")).isEqualTo(expected.name());
                    assertThat(row.getString("category")).isEqualTo(expected.category());
                    assertThat(row.getString("currency")).isEqualTo("GBP");
                    assertThat(row.getBigDecimal("list_price")).isEqualTo(expected.listPrice());
                    assertThat(row.getBigDecimal("unit_cost")).isEqualTo(expected.unitCost());
                    assertThat(row.getInt("stock")).isEqualTo(expected.stock());
                }
            } finally {
                sql.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void aMissingTableAsksForThePricingService(Stack stack) {
        PostgresCatalogue catalogue = new PostgresCatalogue(stack.pgUrl(), stack.pgUser(), stack.pgPassword(),
                "no_such_schema_" + suffix + ".product");

        assertThatThrownBy(() -> catalogue.upsert(data.products()))
                .hasMessageContaining("does not exist").hasMessageContaining("start the pricing service first");
    }

    @Test
    void indexingTwiceKeepsOneSearchableDocumentPerSku(Stack stack) throws Exception {
        String index = "demo-loader-it-" + suffix;
        URI es = stack.elasticsearch();
        String mapping = Files.readString(Path.of("stack/elasticsearch/products.json"));
        HttpResponse<String> created = call("PUT", es + "/" + index, mapping);
        if (created.statusCode() == 400 && created.body().contains("[scaled_float]")) {
            // the integ-test-zip distribution has no mapper-extras; the stack script falls back the same way
            created = call("PUT", es + "/" + index, mapping.replaceAll(
                    "\"type\": \"scaled_float\", \"scaling_factor\": 100", "\"type\": \"double\""));
        }
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        try {
            ElasticsearchCatalogue catalogue = new ElasticsearchCatalogue(es, index);

            assertThat(catalogue.index(data.products())).isEqualTo(300);
            assertThat(catalogue.index(data.products())).isEqualTo(300);

            JsonNode doc = JSON.readTree(call("GET", es + "/" + index + "/_doc/85123A", null).body());
            assertThat(doc.path("_source").path("name").asString()).isEqualTo("WHITE HANGING HEART T-LIGHT HOLDER");
            assertThat(doc.path("_source").path("listPrice").asString()).isEqualTo("2.95");
            assertThat(doc.path("_source").has("unitCost")).isFalse();
            JsonNode bags = JSON.readTree(call("POST", es + "/" + index + "/_count",
                    "{\"query\":{\"term\":{\"category\":\"bags\"}}}").body());
            assertThat(bags.path("count").asLong())
                    .isEqualTo(data.products().stream().filter(p -> p.category().equals("bags")).count());
        } finally {
            call("DELETE", es + "/" + index, null);
        }
    }

    @Test
    void aMissingIndexIsAnErrorNotAGuessedMapping(Stack stack) {
        ElasticsearchCatalogue catalogue = new ElasticsearchCatalogue(stack.elasticsearch(), "no-such-" + suffix);

        assertThatThrownBy(() -> catalogue.index(data.products())).hasMessageContaining("does not exist")
                .hasMessageContaining("./priceflow up --servers-only");
    }

    private static String pricingMigration() throws IOException {
        try (var files = Files.list(Path.of("../pricing/src/main/resources/db/migration"))) {
            Path v1 = files.filter(f -> f.getFileName().toString().startsWith("V1__")).findFirst().orElseThrow();
            return Files.readString(v1);
        }
    }

    private HttpResponse<String> call(String method, String uri, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).header("Content-Type",
                "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
