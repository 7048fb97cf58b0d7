package dev.priceflow.pricing.order.adapter.sql;

import dev.priceflow.pricing.order.application.OrderStore;
import dev.priceflow.pricing.order.domain.PricedCart.Granted;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.ConnectionFactory;
import java.time.ZoneOffset;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Places an order in one transaction. Limits are enforced by conditional statements that lock the row they
 * change and leave it unchanged at its limit (so concurrent checkouts queue on the row and exactly as many win as
 * the limit allows); any refusal rolls back the whole order. The order row goes first: a second checkout with the
 * same key waits for the first, then finds it.
 */
@Component
class SqlOrderStore implements OrderStore {

    private final DatabaseClient db;
    private final TransactionalOperator tx;

    SqlOrderStore(DatabaseClient db, ConnectionFactory connections) {
        this.db = db;
        this.tx = TransactionalOperator.create(new R2dbcTransactionManager(connections));
    }

    /** Unwinds the transaction with the reason; never leaves this class. */
    private static final class Refusal extends RuntimeException {
        private final transient Refused refused;

        Refusal(Refused refused) {
            super(refused.reason(), null, false, false);
            this.refused = refused;
        }
    }

    private static final class AlreadyPlaced extends RuntimeException {
        AlreadyPlaced() {
            super("already placed", null, false, false);
        }
    }

    @Override
    public Mono<Result> place(NewOrder order) {
        Mono<Result> attempt = db.sql("""
                        INSERT INTO customer_order (id, user_id, idempotency_key, request_hash, currency, total, receipt,
                                                    created_at)
                        VALUES (:id, :user, :key, :hash, :currency, :total, :receipt, :at)
                        ON CONFLICT (user_id, idempotency_key) DO NOTHING""")
                .bind("id", order.id()).bind("user", order.userId()).bind("key", order.idempotencyKey())
                .bind("hash", order.requestHash()).bind("currency", order.cart().currency().getCurrencyCode())
                .bind("total", order.cart().total()).bind("receipt", Json.of(order.receipt()))
                .bind("at", order.at().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty() : Mono.error(new AlreadyPlaced()))
                .thenMany(Flux.fromIterable(order.cart().discounts()).concatMap(g -> redeem(order, g)))
                .then(Mono.just((Result) new Placed()));
        return tx.transactional(attempt)
                .onErrorResume(Refusal.class, r -> Mono.just(r.refused))
                .onErrorResume(AlreadyPlaced.class, e -> existing(order.userId(), order.idempotencyKey())
                        .cast(Result.class));
    }

    private Mono<Void> redeem(NewOrder order, Granted g) {
        Mono<Void> code = g.code() == null ? Mono.empty() : must(db.sql("""
                        UPDATE promotion_code SET uses = uses + 1
                        WHERE code = :code AND promotion_id = :id AND (NOT single_use OR uses = 0)""")
                .bind("code", g.code()).bind("id", g.promotionId()), g, "the code has already been used");
        Mono<Void> promotion = must(db.sql("""
                        UPDATE promotion SET uses = uses + 1, granted = granted + :amount
                        WHERE id = :id AND (max_uses IS NULL OR uses < max_uses)
                          AND (budget IS NULL OR granted + :amount <= budget)""")
                .bind("amount", g.amount()).bind("id", g.promotionId()), g,
                "the promotion has no uses or budget left");
        Mono<Void> perUser = must(db.sql("""
                        INSERT INTO promotion_user_use (promotion_id, user_id, uses) VALUES (:id, :user, 1)
                        ON CONFLICT (promotion_id, user_id) DO UPDATE SET uses = promotion_user_use.uses + 1
                        WHERE promotion_user_use.uses
                              < (SELECT coalesce(max_uses_per_user, 2147483647) FROM promotion WHERE id = :id)""")
                .bind("id", g.promotionId()).bind("user", order.userId()), g,
                "you have already used this promotion the most times allowed");
        DatabaseClient.GenericExecuteSpec row = db.sql("""
                        INSERT INTO redemption (order_id, promotion_id, code, user_id, amount, redeemed_at)
                        VALUES (:order, :id, :code, :user, :amount, :at)""")
                .bind("order", order.id()).bind("id", g.promotionId()).bind("user", order.userId())
                .bind("amount", g.amount()).bind("at", order.at().atOffset(ZoneOffset.UTC));
        row = g.code() == null ? row.bindNull("code", String.class) : row.bind("code", g.code());
        return code.then(promotion).then(perUser).then(row.then());
    }

    private static Mono<Void> must(DatabaseClient.GenericExecuteSpec statement, Granted g, String reason) {
        return statement.fetch().rowsUpdated().flatMap(rows -> rows == 1 ? Mono.<Void>empty()
                : Mono.error(new Refusal(new Refused(g.promotionId(), g.code(), reason))));
    }

    @Override
    public Mono<Existing> existing(String userId, String idempotencyKey) {
        return db.sql("SELECT request_hash, receipt::text AS receipt FROM customer_order "
                        + "WHERE user_id = :user AND idempotency_key = :key")
                .bind("user", userId).bind("key", idempotencyKey)
                .map(row -> new Existing(row.get("request_hash", String.class).trim(),
                        row.get("receipt", String.class)))
                .one();
    }
}
