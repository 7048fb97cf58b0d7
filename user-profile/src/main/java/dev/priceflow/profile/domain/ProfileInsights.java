package dev.priceflow.profile.domain;

import java.time.Duration;
import java.time.Instant;

/** Derives {@link ProfileFeatures} from a {@link Profile} at an instant. */
public record ProfileInsights(RfmScoring rfm, PriceSensitivity sensitivity, int topCategories) {

    public ProfileFeatures of(Profile p, Instant now) {
        Behaviour b = p.behaviour();
        return new ProfileFeatures(rfm.score(p.totals(), b.lastPurchaseAt(), now), sensitivity.estimate(b.skus()),
                PriceSensitivity.discountAffinity(b.skus()), CategoryDecay.topShares(b.categories(), topCategories));
    }

    /** The segmentation vector of a profile at {@code now} (see {@link ProfileFeatures#vector}). */
    public double[] vector(Profile p, Instant now) {
        Instant last = p.totals().lastEventAt();
        long idle = last == null ? 0 : Math.max(0, Duration.between(last, now).toDays());
        return of(p, now).vector(idle);
    }
}
