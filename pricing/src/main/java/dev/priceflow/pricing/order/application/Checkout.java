package dev.priceflow.pricing.order.application;

import dev.priceflow.pricing.application.DependencyUnavailable;
import dev.priceflow.pricing.order.application.CartOutcome.Kind;
import dev.priceflow.pricing.order.application.CartOutcome.Placed;
import dev.priceflow.pricing.order.application.CartOutcome.Priced;
import dev.priceflow.pricing.order.application.CartOutcome.Problem;
import dev.priceflow.pricing.order.application.CartOutcome.Rejected;
import dev.priceflow.pricing.order.application.CartOutcome.Replayed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;

/**
 * Checkout: re-prices the cart exactly as {@link CartService#price} does, then records the order and redeems its
 * codes, uses and budgets in one transaction ({@link OrderStore}). Idempotent per shopper and
 * {@code Idempotency-Key}: the same key and body replay the stored receipt; the same key with another body is
 * refused (422). The database is required (fail closed).
 */
public final class Checkout {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final CartService carts;
    private final OrderStore store;
    private final ReceiptWriter receipts;
    private final Duration timeout;
    private final Supplier<UUID> ids;

    public Checkout(CartService carts, OrderStore store, ReceiptWriter receipts, Duration timeout,
                    Supplier<UUID> ids) {
        this.carts = carts;
        this.store = store;
        this.receipts = receipts;
        this.timeout = timeout;
        this.ids = ids;
    }

    public Mono<CartOutcome> place(String userId, String idempotencyKey, OrderRequest request) {
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            return Mono.just(new Rejected(Kind.INVALID, "Idempotency-Key required", new Problem(null, null,
                    "send an Idempotency-Key header of 1-255 visible ASCII characters, unique per checkout")));
        }
        String hash = hash(request);
        // A resend is answered from the stored receipt, before re-pricing (its codes are used up by now). Two
        // concurrent first sends both get past this read; the order row's unique key then lets only one place.
        return db(store.existing(userId, idempotencyKey)).map(existing -> replay(existing, hash))
                .switchIfEmpty(Mono.defer(() -> carts.price(userId, request).flatMap(outcome -> switch (outcome) {
                    case Priced priced -> placed(userId, idempotencyKey, hash, priced);
                    default -> Mono.just(outcome);
                })));
    }

    private CartOutcome replay(OrderStore.Existing existing, String hash) {
        return existing.requestHash().equals(hash) ? new Replayed(existing.receipt())
                : new Rejected(Kind.KEY_REUSED, "Idempotency-Key reused", new Problem(null, null,
                "this Idempotency-Key was used for another cart; use a new key"));
    }

    private <T> Mono<T> db(Mono<T> call) {
        return call.timeout(timeout)
                .onErrorMap(e -> !(e instanceof DependencyUnavailable), e -> new DependencyUnavailable("orders", e));
    }

    private Mono<CartOutcome> placed(String userId, String key, String hash, Priced priced) {
        Instant at = carts.now();
        Placed placed = new Placed(ids.get(), at, priced.cart());
        OrderStore.NewOrder order = new OrderStore.NewOrder(placed.orderId(), userId, key, hash, priced.cart(),
                receipts.receipt(placed), at);
        return db(store.place(order))
                .map(result -> switch (result) {
                    case OrderStore.Placed done -> placed;
                    case OrderStore.Existing existing -> replay(existing, hash);
                    case OrderStore.Refused refused -> new Rejected(Kind.CODE_REFUSED, "Promotion code refused",
                            new Problem(null, refused.code(), (refused.code() == null ? "promotion "
                                    + refused.promotionId() : refused.code()) + ": " + refused.reason()));
                });
    }

    /** SHA-256 of the request as sent (tokens, quantities, codes, channel), to tell a resend from another cart. */
    static String hash(OrderRequest request) {
        StringBuilder text = new StringBuilder(request.channel() == null ? "web" : request.channel());
        request.lines().forEach(l -> text.append('\n').append(l.quoteToken()).append(' ').append(l.quantity()));
        request.codes().forEach(c -> text.append("\ncode ").append(c));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
