package dev.priceflow.profile.adapter.web;

import dev.priceflow.profile.application.Segmentation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Shopper segments for marketing: the current k-means model, and retraining on demand. */
@RestController
@RequestMapping("/api/v1/segments")
@Tag(name = "segments", description = "k-means shopper segments over profile features")
class SegmentController {

    private final Segmentation segmentation;

    SegmentController(Segmentation segmentation) {
        this.segmentation = segmentation;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The current segments with centroid, label and size",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    Mono<SegmentsView> segments() {
        return Mono.fromCallable(() -> segmentation.current()
                        .map(m -> SegmentsView.of(m, segmentation.sizes(m))).orElseGet(SegmentsView::none))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping(path = "/retrain", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Retrain the segments now and re-assign every shopper",
            description = "409 when fewer shoppers than k have events.",
            security = @SecurityRequirement(name = OpenApiConfig.BEARER))
    Mono<SegmentsView> retrain() {
        return Mono.fromCallable(() -> segmentation.retrain().map(m -> SegmentsView.of(m, segmentation.sizes(m)))
                        .orElseThrow(ProfileProblems.TooFewShoppers::new))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
