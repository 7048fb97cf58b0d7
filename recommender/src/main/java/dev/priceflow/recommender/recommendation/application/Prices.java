package dev.priceflow.recommender.recommendation.application;

import dev.priceflow.contracts.api.PriceQuote;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** Personal prices from pricing in one batch; empty when pricing did not answer in time (never invented). */
public interface Prices {

    Mono<Optional<Map<String, PriceQuote>>> quotes(List<String> skus, String authorization);
}
