package dev.priceflow.recommender.recommendation.adapter.web;

import dev.priceflow.recommender.RecommenderProperties;
import dev.priceflow.recommender.recommendation.application.Catalogue;
import dev.priceflow.recommender.recommendation.application.Recommend;
import dev.priceflow.recommender.recommendation.application.Recommendations;
import dev.priceflow.recommender.recommendation.domain.InvalidField;
import dev.priceflow.recommender.recommendation.domain.Product;
import dev.priceflow.recommender.recommendation.domain.RecommendationQuery;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Recommendations and catalogue search for the signed-in shopper (role shopper). */
@RestController
class RecommendationController {

    private final Recommend recommend;
    private final Catalogue catalogue;
    private final RecommenderProperties properties;

    RecommendationController(Recommend recommend, Catalogue catalogue, RecommenderProperties properties) {
        this.recommend = recommend;
        this.catalogue = catalogue;
        this.properties = properties;
    }

    @GetMapping("/api/v1/recommendations")
    Mono<Recommendations> recommendations(@AuthenticationPrincipal Jwt jwt,
                                          @RequestParam(required = false) String context,
                                          @RequestParam(required = false) String limit,
                                          @RequestParam(required = false) String category,
                                          @RequestParam(required = false) String maxPrice) {
        RecommendationQuery query = RecommendationQuery.of(context, integer("limit", limit), category, maxPrice,
                properties.defaultLimit(), properties.maxLimit());
        // The shopper's own token goes on to pricing (the same value as the Authorization header received).
        return recommend.recommend(jwt.getSubject(), "Bearer " + jwt.getTokenValue(), query);
    }

    @GetMapping("/api/v1/products/search")
    Mono<SearchResult> search(@RequestParam(required = false) String q,
                              @RequestParam(required = false) String category,
                              @RequestParam(required = false) String maxPrice,
                              @RequestParam(required = false) String limit) {
        if (q != null && q.length() > 200) {
            throw new InvalidField("q", "must be at most 200 characters");
        }
        RecommendationQuery filters = RecommendationQuery.of(null, integer("limit", limit), category, maxPrice,
                properties.defaultLimit(), properties.maxLimit());
        return catalogue.search(q, filters.category(), filters.maxPrice(), filters.limit())
                .map(items -> new SearchResult(q == null ? "" : q, items.stream().map(SearchItem::of).toList()));
    }

    private static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidField(field, "'" + value + "' is not an integer");
        }
    }

    /** Search answer: the query and the matching products (list prices; personal prices come from pricing). */
    record SearchResult(String query, List<SearchItem> items) {
    }

    /** One product found; money as a decimal string. */
    record SearchItem(String sku, String name, String category,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal listPrice, String currency,
                      boolean inStock) {
        static SearchItem of(Product p) {
            return new SearchItem(p.sku(), p.name(), p.category(), p.listPrice(), p.currency(), p.stock() > 0);
        }
    }
}
