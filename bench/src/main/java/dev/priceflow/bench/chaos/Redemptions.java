package dev.priceflow.bench.chaos;

import dev.priceflow.bench.http.HttpLoad;
import java.sql.SQLException;
import java.util.Map;

/**
 * The redemption probe across the run: per round a {@link CheckoutProbe} with its own key prefix
 * ({@code chaos-<run>-<component>-<n>}), then the accounting: what the shopper was told against the orders and
 * redemption rows pricing holds for the round's keys (PostgreSQL, read-only) and the growth of the promotion's
 * {@code uses} (marketing API).
 */
final class Redemptions {

    /** One round's probe, started. */
    record Started(CheckoutProbe probe, String keyPrefix, long usesBefore) {
    }

    private final ChaosOptions o;
    private final HttpLoad http;
    private final TokenCache tokens;
    private final Downstream downstream;
    private final ProbePromotion promotion;
    private final String chaosUserId;
    private final String run;

    Redemptions(ChaosOptions o, HttpLoad http, TokenCache tokens, Downstream downstream,
                ProbePromotion promotion, String chaosUserId, String run) {
        this.o = o;
        this.http = http;
        this.tokens = tokens;
        this.downstream = downstream;
        this.promotion = promotion;
        this.chaosUserId = chaosUserId;
        this.run = run;
    }

    Started start(String component) {
        String prefix = "chaos-" + run + "-" + component + "-";
        long before = promotion.uses();
        CheckoutProbe probe = new CheckoutProbe(http, tokens, o, promotion.code(), prefix);
        probe.start();
        return new Started(probe, prefix, before);
    }

    /** Waits for the pending checkouts, then reads what pricing recorded (PostgreSQL retried for 60 s). */
    RedemptionAccount finish(Started s) throws InterruptedException {
        CheckoutLedger.Summary checkouts = s.probe().awaitAnswers().summary();
        long usesAfter = promotion.uses();
        long usesDelta = s.usesBefore() < 0 || usesAfter < 0 ? -1 : usesAfter - s.usesBefore();
        for (int attempt = 0; ; attempt++) {
            try {
                Map<String, String> orders = downstream.orders(chaosUserId, s.keyPrefix());
                long rows = downstream.redemptions(promotion.id(), chaosUserId, s.keyPrefix());
                return new RedemptionAccount(checkouts, orders, rows, usesDelta);
            } catch (SQLException e) {
                if (attempt >= 30) {
                    throw new IllegalStateException("pricing's orders unreadable: " + e.getMessage(), e);
                }
                Thread.sleep(2000); // PostgreSQL still recovering
            }
        }
    }
}
