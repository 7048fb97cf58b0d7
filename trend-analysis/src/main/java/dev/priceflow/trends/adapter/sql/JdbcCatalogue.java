package dev.priceflow.trends.adapter.sql;

import dev.priceflow.trends.application.Catalogue;
import dev.priceflow.trends.domain.CatalogueEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The catalogue from {@code pricing.product(sku, category, list_price, currency)}: a documented read-only
 * dependency on pricing's schema (as demand-forecast has), held in memory so the stream thread never waits on
 * the database. Refreshed every {@code refresh} and, at most every {@value #MISS_REFRESH_SECONDS} s, when a SKU
 * is not found. Fails open: if the table cannot be read the last snapshot stays (unknown SKUs count as
 * {@link Catalogue#UNCATEGORISED}, and get no price index).
 */
public class JdbcCatalogue implements Catalogue, DisposableBean {

    static final String PRODUCTS = "SELECT sku, category, list_price, currency FROM pricing.product";
    private static final Logger LOG = LoggerFactory.getLogger(JdbcCatalogue.class);
    private static final long MISS_REFRESH_SECONDS = 1;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicReference<Map<String, CatalogueEntry>> snapshot = new AtomicReference<>(Map.of());
    private final AtomicReference<Instant> lastMissRefresh = new AtomicReference<>(Instant.EPOCH);
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("catalogue-refresh").factory());

    public JdbcCatalogue(JdbcTemplate jdbc, Clock clock, Duration refresh) {
        this.jdbc = jdbc;
        this.clock = clock;
        refresh();
        refresher.scheduleWithFixedDelay(this::refresh, refresh.toMillis(), refresh.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public Optional<CatalogueEntry> find(String sku) {
        CatalogueEntry entry = snapshot.get().get(sku);
        if (entry == null) {
            Instant now = clock.instant();
            Instant last = lastMissRefresh.get();
            if (now.isAfter(last.plusSeconds(MISS_REFRESH_SECONDS)) && lastMissRefresh.compareAndSet(last, now)) {
                refresher.execute(this::refresh);
            }
        }
        return Optional.ofNullable(entry);
    }

    /** Re-reads the table now (blocking); keeps the old snapshot if that fails. */
    public void refresh() {
        try {
            Map<String, CatalogueEntry> next = new HashMap<>();
            jdbc.query(PRODUCTS, rs -> {
                String sku = rs.getString("sku");
                next.put(sku, new CatalogueEntry(sku, rs.getString("category"), rs.getBigDecimal("list_price"),
                        rs.getString("currency")));
            });
            snapshot.set(Map.copyOf(next));
        } catch (DataAccessException e) {
            LOG.warn("catalogue refresh failed, keeping {} products cause={}", snapshot.get().size(),
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
