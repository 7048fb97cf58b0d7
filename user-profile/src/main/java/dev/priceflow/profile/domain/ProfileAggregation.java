package dev.priceflow.profile.domain;

import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.contracts.events.SearchPerformed;
import java.math.BigDecimal;

/**
 * The profile rules: a view, a cart add and a search each count once; a purchase counts once, adds its
 * units and its value (sum of quantity × unit price, exact, then rounded once by {@link MoneyRounding}).
 * A profile keeps money in one currency, so a purchase in another currency is refused rather than
 * silently converted or dropped. Expects events that already passed {@code EventValidator}.
 */
public final class ProfileAggregation {

    private final String profileCurrency;

    public ProfileAggregation(String profileCurrency) {
        MoneyRounding.minorDigits(profileCurrency); // fails fast on an unknown code
        this.profileCurrency = profileCurrency;
    }

    public String profileCurrency() {
        return profileCurrency;
    }

    public Contribution contributionOf(CommerceEvent event) {
        return switch (event) {
            case ProductViewed e -> counts(e.userId(), 1, 0, 0, 0, e);
            case AddedToCart e -> counts(e.userId(), 0, 1, 0, 0, e);
            case SearchPerformed e -> counts(e.userId(), 0, 0, 0, 1, e);
            case PurchaseCompleted e -> purchase(e);
            case CompetitorPriceObserved e -> new Contribution.NotAboutShoppers("competitor price");
        };
    }

    private Contribution purchase(PurchaseCompleted e) {
        long units = 0;
        BigDecimal value = BigDecimal.ZERO;
        for (PurchaseCompleted.Line line : e.lines()) {
            String currency = line.unitPrice().currency();
            if (!profileCurrency.equals(currency)) {
                return new Contribution.Refused("purchase line currency " + currency
                        + " differs from the profile currency " + profileCurrency);
            }
            units += line.quantity();
            value = value.add(line.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity())));
        }
        return new Contribution.Counts(new ProfileDelta(e.userId(), 0, 0, 1, 0, units,
                MoneyRounding.toMinorUnit(value, profileCurrency), profileCurrency, e.occurredAt()));
    }

    private Contribution counts(String userId, long views, long cartAdds, long purchases, long searches,
                                CommerceEvent e) {
        return new Contribution.Counts(new ProfileDelta(userId, views, cartAdds, purchases, searches, 0,
                MoneyRounding.toMinorUnit(BigDecimal.ZERO, profileCurrency), profileCurrency, e.occurredAt()));
    }
}
