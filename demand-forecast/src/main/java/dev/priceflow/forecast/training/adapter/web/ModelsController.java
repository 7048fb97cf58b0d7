package dev.priceflow.forecast.training.adapter.web;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.forecast.registry.application.ModelRegistry;
import dev.priceflow.forecast.registry.domain.RegisteredModel;
import dev.priceflow.forecast.training.TrainingConfiguration;
import dev.priceflow.forecast.training.TrainingProperties;
import dev.priceflow.forecast.training.application.TrainingJob;
import dev.priceflow.forecast.training.application.TrainingJobs;
import dev.priceflow.kit.ProblemResponses;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /api/v1/forecast/models} starts a training job (202 + Location; 409 while one is active; the
 * requester is the token's subject), {@code GET /api/v1/forecast/models/jobs/{id}} its stored state and progress
 * (404 unknown; 503 database unavailable), {@code GET
 * /api/v1/forecast/models} the latest 50 registry rows. Roles marketing, admin.
 */
@RestController
class ModelsController {

    private final TrainingJobs jobs;
    private final ModelRegistry registry;
    private final TrainingProperties properties;

    ModelsController(TrainingJobs jobs, ModelRegistry registry, TrainingProperties properties) {
        this.jobs = jobs;
        this.registry = registry;
        this.properties = properties;
    }

    @PostMapping("/api/v1/forecast/models")
    Mono<ResponseEntity<TrainingJob>> start(Principal principal) {
        return Mono.fromCallable(() -> {
            TrainingJob job = jobs.start(TrainingConfiguration.settings(properties, null, null), principal.getName());
            return ResponseEntity.accepted().location(URI.create("/api/v1/forecast/models/jobs/" + job.id()))
                    .body(job);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/api/v1/forecast/models/jobs/{id}")
    Mono<TrainingJob> job(@PathVariable String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Mono.error(new NoSuchJob(id));
        }
        return Mono.fromCallable(() -> jobs.find(uuid).orElseThrow(() -> new NoSuchJob(id)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/api/v1/forecast/models")
    Mono<List<ModelView>> models() {
        return Mono.fromCallable(() -> registry.latest(50).stream().map(ModelView::of).toList())
                .subscribeOn(Schedulers.boundedElastic());
    }

    @ExceptionHandler(TrainingJobs.AlreadyRunning.class)
    ProblemDetail running(TrainingJobs.AlreadyRunning e) {
        String id = e.running == null ? "?" : e.running.id().toString();
        ProblemDetail p = ProblemResponses.problem(HttpStatus.CONFLICT, ProblemTypes.INVALID_REQUEST,
                "Training already running", "training job " + id + " is still active; one job at a time");
        p.setProperty("jobId", id);
        return p;
    }

    @ExceptionHandler(DataAccessException.class)
    ProblemDetail databaseUnavailable(DataAccessException e) {
        return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE,
                "Dependency unavailable", "The job or model store is unavailable; try again shortly");
    }

    @ExceptionHandler(NoSuchJob.class)
    ProblemDetail noSuchJob(NoSuchJob e) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Unknown training job",
                e.getMessage());
    }

    static final class NoSuchJob extends RuntimeException {
        NoSuchJob(String id) {
            super("no training job " + id, null, false, false);
        }
    }

    /** A registry row without its full provenance. */
    record ModelView(String id, String createdAt, String status, Double holdoutMase, Double holdoutPinball,
                     Double baselineMase, String dataFrom, String dataTo, int series, int horizon, int window,
                     String granularity) {

        static ModelView of(RegisteredModel m) {
            return new ModelView(m.id().toString(), m.createdAt().toString(), m.status().name(), n(m.holdoutMase()),
                    n(m.holdoutPinball()), n(m.baselineMase()), String.valueOf(m.dataFrom()), String.valueOf(m.dataTo()),
                    m.series(), m.horizon(), m.windowSize(), m.granularity().name());
        }

        private static Double n(double d) {
            return Double.isFinite(d) ? d : null;
        }
    }
}
