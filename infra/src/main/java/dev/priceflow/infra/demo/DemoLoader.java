package dev.priceflow.infra.demo;

import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.infra.test.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Loads the demo data into the running stack; idempotent, so it can run after every start:
 * <ol>
 *   <li>{@code postgres}: upserts products.csv into pricing.product (needs the pricing service's migration);</li>
 *   <li>{@code elasticsearch}: bulk-indexes the products into index {@code products} (doc id = sku);</li>
 *   <li>{@code kafka}: replays purchases.csv as one PurchaseCompleted per invoice to commerce.events, with
 *       deterministic event ids so idempotent consumers ignore a second replay.</li>
 * </ol>
 * Usage: {@code DemoLoader [demo-data-dir] [--steps=postgres,elasticsearch,kafka]}. Endpoints come from
 * PRICEFLOW_PG_URL/USER/PASSWORD, PRICEFLOW_ES and PRICEFLOW_KAFKA (see {@link Stack}). Exit code 0 when every
 * step succeeded, 1 on the first failure (with the reason), 2 on bad arguments.
 */
public final class DemoLoader {

    enum Step { POSTGRES, ELASTICSEARCH, KAFKA }

    private DemoLoader() {
    }

    public static void main(String[] args) {
        // kafka-clients logs through SLF4J: keep its INFO chatter out of the progress lines
        // (connection retries are WARNs there; the failure itself is reported once, below)
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka",
                System.getProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error"));
        Path dir = null;
        Set<Step> steps = EnumSet.allOf(Step.class);
        try {
            for (String arg : args) {
                if (arg.startsWith("--steps=")) {
                    steps = EnumSet.noneOf(Step.class);
                    for (String s : arg.substring("--steps=".length()).split(",")) {
                        steps.add(Step.valueOf(s.trim().toUpperCase(Locale.ROOT)));
                    }
                } else {
                    dir = Path.of(arg);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("usage: DemoLoader [demo-data-dir] [--steps=postgres,elasticsearch,kafka]");
            System.exit(2);
        }
        try {
            run(dir != null ? dir : DemoPaths.demoDataDir(), steps, Stack.fromEnvironment());
        } catch (Exception e) {
            System.err.println("demo-loader: FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(Path dir, Set<Step> steps, Stack stack) throws Exception {
        if (!Files.isRegularFile(dir.resolve("products.csv"))) {
            throw new IllegalStateException("no products.csv in " + dir.toAbsolutePath());
        }
        DemoData data = DemoData.read(dir);
        progress("read %d products, %d customers, %d purchase lines from %s", data.products().size(),
                data.customers().size(), data.purchases().size(), dir.toAbsolutePath().normalize());
        if (steps.contains(Step.POSTGRES)) {
            long t0 = System.nanoTime();
            PostgresCatalogue pg = new PostgresCatalogue(stack.pgUrl(), stack.pgUser(), stack.pgPassword(),
                    PostgresCatalogue.TABLE);
            int written = pg.upsert(data.products());
            progress("postgres: upserted %d products into %s (%d rows now) in %s", written,
                    PostgresCatalogue.TABLE, pg.count(), since(t0));
        }
        if (steps.contains(Step.ELASTICSEARCH)) {
            long t0 = System.nanoTime();
            long count = new ElasticsearchCatalogue(stack.elasticsearch(), ElasticsearchCatalogue.INDEX)
                    .index(data.products());
            progress("elasticsearch: indexed %d products into %s (%d documents now) in %s",
                    data.products().size(), ElasticsearchCatalogue.INDEX, count, since(t0));
        }
        if (steps.contains(Step.KAFKA)) {
            long t0 = System.nanoTime();
            List<PurchaseCompleted> events = PurchaseEvents.from(data.purchases(), Clock.systemUTC());
            int acked = new KafkaReplayer(stack.kafkaBootstrap(), Topics.COMMERCE_EVENTS)
                    .send(events, n -> progress("kafka: %d/%d events acknowledged", n, events.size()));
            progress("kafka: sent %d PurchaseCompleted events (%d lines) to %s in %s", acked,
                    data.purchases().size(), Topics.COMMERCE_EVENTS, since(t0));
        }
        progress("done");
    }

    private static void progress(String format, Object... args) {
        System.out.println("demo-loader: " + String.format(Locale.ROOT, format, args));
    }

    private static String since(long t0) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - t0) / 1e9);
    }
}
