package dev.priceflow.gateway.events.domain;

import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.contracts.events.SearchPerformed;
import java.util.List;

/**
 * Who may report what, on top of the wire rules of {@code EventValidator}: a shopper reports only their
 * own behaviour (so nobody can shape another shopper's profile or prices), and market observations come
 * only from marketing or admin.
 */
public final class EventRules {

    public static final String NOT_YOUR_USER_ID = "userId must be the signed-in shopper";
    public static final String MARKET_DATA_ROLE = "requires role marketing or admin";

    private EventRules() {
    }

    public static List<String> violations(CommerceEvent event, Sender sender) {
        return switch (event) {
            case CompetitorPriceObserved e -> sender.mayReportMarketData() ? List.of() : List.of(MARKET_DATA_ROLE);
            case ProductViewed e -> ownBehaviour(e.userId(), sender);
            case AddedToCart e -> ownBehaviour(e.userId(), sender);
            case PurchaseCompleted e -> ownBehaviour(e.userId(), sender);
            case SearchPerformed e -> ownBehaviour(e.userId(), sender);
        };
    }

    /** A missing userId is the validator's finding ("userId is required"); it is not repeated here. */
    private static List<String> ownBehaviour(String userId, Sender sender) {
        if (userId == null || userId.isBlank() || userId.equals(sender.userId())) {
            return List.of();
        }
        return List.of(NOT_YOUR_USER_ID);
    }
}
