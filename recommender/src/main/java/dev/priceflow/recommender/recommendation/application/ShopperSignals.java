package dev.priceflow.recommender.recommendation.application;

import dev.priceflow.recommender.recommendation.domain.Candidate;
import dev.priceflow.recommender.recommendation.domain.ShopperHistory;
import java.util.List;
import reactor.core.publisher.Mono;

/** What the event consumer keeps in Redis, read for a request. */
public interface ShopperSignals {

    Mono<ShopperHistory> history(String userId);

    /** Co-purchase and co-view neighbours of each seed, scored by normalised co-occurrence. */
    Mono<List<Candidate>> coOccurring(List<String> seeds, int perSeed);

    /** The most popular SKUs, scored by weighted interaction count. */
    Mono<List<Candidate>> popular(int n);
}
