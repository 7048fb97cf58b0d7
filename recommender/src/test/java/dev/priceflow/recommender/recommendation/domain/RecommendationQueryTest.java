package dev.priceflow.recommender.recommendation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RecommendationQueryTest {

    @Test
    void parsesEveryContext() {
        assertThat(RecommendationQuery.of(null, null, null, null, 10, 50).context())
                .isEqualTo(new RecommendationContext.Home());
        assertThat(RecommendationQuery.of("cart", 5, null, null, 10, 50).context())
                .isEqualTo(new RecommendationContext.Cart());
        RecommendationQuery q = RecommendationQuery.of("product:85123A", 5, "bags", "9.99", 10, 50);
        assertThat(q.context()).isEqualTo(new RecommendationContext.ProductPage("85123A"));
        assertThat(q.maxPrice()).isEqualByComparingTo(new BigDecimal("9.99"));
        assertThat(q.cacheField()).isEqualTo("product:85123A|5|bags|9.99");
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> RecommendationQuery.of("home", 0, null, null, 10, 50))
                .isInstanceOf(InvalidField.class).extracting(e -> ((InvalidField) e).field()).isEqualTo("limit");
        assertThatThrownBy(() -> RecommendationQuery.of("home", 10000, null, null, 10, 50))
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("limit");
        assertThatThrownBy(() -> RecommendationQuery.of("product:", 5, null, null, 10, 50))
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("context");
        assertThatThrownBy(() -> RecommendationQuery.of("garden", 5, null, null, 10, 50))
                .hasMessageContaining("home, cart or product:{sku}");
        assertThatThrownBy(() -> RecommendationQuery.of("home", 5, null, "-1", 10, 50))
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("maxPrice");
        assertThatThrownBy(() -> RecommendationQuery.of("home", 5, "Bags!", null, 10, 50))
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("category");
    }
}
