package dev.priceflow.forecast.publishing.adapter.web;

import dev.priceflow.forecast.publishing.application.PublicationRuns;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/forecast/publications} (marketing, admin): publishes the champion's forecasts for all SKUs
 * now, in the background → 202 (a request while a run is going starts one more run after it).
 */
@RestController
class PublicationsController {

    private final PublicationRuns runs;

    PublicationsController(PublicationRuns runs) {
        this.runs = runs;
    }

    @PostMapping("/api/v1/forecast/publications")
    ResponseEntity<Map<String, String>> publishNow() {
        runs.request("api");
        return ResponseEntity.accepted().body(Map.of("state", "ACCEPTED"));
    }
}
