package dev.priceflow.recommender.ingest.application;

import dev.priceflow.contracts.Sku;
import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.contracts.events.SearchPerformed;
import java.util.List;

/**
 * Applies one behaviour event to the interaction log, once per {@code eventId}: view weight 1, cart 2,
 * purchase 3. Events without a shopper or with a malformed SKU are rejected (dead-lettered by the caller).
 */
public final class RecordInteraction {

    public static final double VIEW = 1;
    public static final double CART = 2;
    public static final double PURCHASE = 3;

    /** What happened to an event. */
    public enum Outcome { APPLIED, DUPLICATE, SKIPPED }

    private final InteractionLog log;

    public RecordInteraction(InteractionLog log) {
        this.log = log;
    }

    public Outcome handle(CommerceEvent event) {
        String user = switch (event) {
            case ProductViewed v -> v.userId();
            case AddedToCart a -> a.userId();
            case PurchaseCompleted p -> p.userId();
            case SearchPerformed s -> null;
            case CompetitorPriceObserved c -> null;
        };
        if (user == null) {
            return Outcome.SKIPPED;
        }
        if (user.isBlank()) {
            throw new IllegalArgumentException("event has no userId");
        }
        validate(event);
        if (!log.markSeen(event.eventId().toString())) {
            return Outcome.DUPLICATE;
        }
        try {
            switch (event) {
                case ProductViewed v -> log.interacted(user, v.sku(), VIEW, false);
                case AddedToCart a -> log.interacted(user, a.sku(), CART, true);
                case PurchaseCompleted p -> log.purchased(user,
                        p.lines().stream().map(PurchaseCompleted.Line::sku).distinct().toList(), PURCHASE);
                default -> {
                }
            }
            log.invalidate(user);
            return Outcome.APPLIED;
        } catch (RuntimeException e) {
            log.unmarkSeen(event.eventId().toString());
            throw e;
        }
    }

    private static void validate(CommerceEvent event) {
        List<String> skus = switch (event) {
            case ProductViewed v -> List.of(String.valueOf(v.sku()));
            case AddedToCart a -> List.of(String.valueOf(a.sku()));
            case PurchaseCompleted p -> p.lines().stream().map(l -> String.valueOf(l.sku())).toList();
            default -> List.of();
        };
        for (String sku : skus) {
            if (!Sku.isWellFormed(sku)) {
                throw new IllegalArgumentException("malformed SKU '" + sku + "' in event " + event.eventId());
            }
        }
    }
}
