package dev.priceflow.trends.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.trends.adapter.redis.RedisTrendReader;
import dev.priceflow.trends.domain.TrendWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/trends?category=&window=hour|day} (roles marketing, admin): the category's latest momentum,
 * rising products and competitor price indexes, read from Redis. 404 when nothing is known about the category,
 * 503 when Redis does not answer in time.
 */
@RestController
class TrendController {

    private static final Logger LOG = LoggerFactory.getLogger(TrendController.class);
    private static final int MAX_CATEGORY = 64;

    private final RedisTrendReader trends;

    TrendController(RedisTrendReader trends) {
        this.trends = trends;
    }

    @GetMapping("/api/v1/trends")
    Mono<ResponseEntity<Object>> trends(@RequestParam(required = false) String category,
                                        @RequestParam(defaultValue = "day") String window,
                                        ServerWebExchange exchange) {
        if (category == null || category.isBlank() || category.length() > MAX_CATEGORY
                || !category.matches("[A-Za-z0-9_-]+")) {
            return Mono.just(Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                    "category is required: 1-" + MAX_CATEGORY + " of letters, digits, '-', '_'", exchange));
        }
        if (TrendWindow.fromLabel(window).isEmpty()) {
            return Mono.just(Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                    "window must be hour or day", exchange));
        }
        return trends.read(category, window)
                .map(view -> view.isEmpty()
                        ? Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "No trends",
                                "No trend signals for category '" + category + "' yet", exchange)
                        : ResponseEntity.ok().<Object>body(view))
                .onErrorResume(e -> {
                    LOG.warn("trend read failed category={} cause={}", category, e.getClass().getSimpleName());
                    return Mono.just(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
                            "Redis unavailable", "Trend signals cannot be read right now", exchange));
                });
    }
}
