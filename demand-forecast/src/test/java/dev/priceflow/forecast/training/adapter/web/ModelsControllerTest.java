package dev.priceflow.forecast.training.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import dev.priceflow.contracts.ProblemTypes;
import dev.priceflow.forecast.adapter.web.SecurityConfig;
import dev.priceflow.forecast.model.domain.Metrics;
import dev.priceflow.forecast.registry.application.ModelRegistry;
import dev.priceflow.forecast.registry.domain.ModelStatus;
import dev.priceflow.forecast.registry.domain.RegisteredModel;
import dev.priceflow.forecast.training.TrainingProperties;
import dev.priceflow.forecast.training.application.InMemoryTrainingJobStore;
import dev.priceflow.forecast.training.application.TrainForecastModel;
import dev.priceflow.forecast.training.application.TrainingJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebFluxTest(controllers = ModelsController.class)
@Import({SecurityConfig.class, ModelsControllerTest.Fakes.class})
class ModelsControllerTest {

    static final RegisteredModel MODEL = new RegisteredModel(UUID.fromString("00000000-0000-4000-8000-0000000000aa"),
            Instant.parse("2026-11-26T10:00:00Z"), ModelStatus.CHAMPION, "/tmp/m", "{}", 0.8, 3.5, 1.1,
            LocalDate.parse("2025-01-06"), LocalDate.parse("2025-12-29"), 12, 8, 16);

    @Autowired
    WebTestClient web;

    @Autowired
    CountDownLatch release;

    private WebTestClient as(String role) {
        return web.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    @Test
    void shoppersMayNotTrainOrList() {
        web.post().uri("/api/v1/forecast/models").exchange().expectStatus().isUnauthorized();
        as("shopper").post().uri("/api/v1/forecast/models").exchange().expectStatus().isForbidden();
        as("shopper").get().uri("/api/v1/forecast/models").exchange().expectStatus().isForbidden();
    }

    @Test
    void oneJobAtATimeWithItsProgressThenItsModel() throws Exception {
        Map<?, ?> job = as("marketing").post().uri("/api/v1/forecast/models").exchange()
                .expectStatus().isAccepted()
                .expectHeader().value("Location", l -> assertThat(l).startsWith("/api/v1/forecast/models/jobs/"))
                .expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) job.get("id");
        assertThat(job.get("state")).isEqualTo("QUEUED");
        assertThat(job.get("requestedBy")).isEqualTo("user");

        as("admin").post().uri("/api/v1/forecast/models").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.jobId").isEqualTo(id);

        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String state = "QUEUED";
        while ((state.equals("QUEUED") || state.equals("RUNNING")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            state = (String) as("marketing").get().uri("/api/v1/forecast/models/jobs/" + id).exchange()
                    .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("state");
        }
        as("marketing").get().uri("/api/v1/forecast/models/jobs/" + id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.state").isEqualTo("SUCCEEDED")
                .jsonPath("$.epoch").isEqualTo(3)
                .jsonPath("$.loss").isEqualTo(0.5)
                .jsonPath("$.modelId").isEqualTo(MODEL.id().toString())
                .jsonPath("$.modelStatus").isEqualTo("CHAMPION");
    }

    @Test
    void unknownJobsAre404AndTheRegistryIsListed() {
        as("marketing").get().uri("/api/v1/forecast/models/jobs/" + UUID.randomUUID()).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo(ProblemTypes.NOT_FOUND.toString());
        as("marketing").get().uri("/api/v1/forecast/models/jobs/nope").exchange().expectStatus().isNotFound();
        as("admin").get().uri("/api/v1/forecast/models").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].id").isEqualTo(MODEL.id().toString())
                .jsonPath("$[0].status").isEqualTo("CHAMPION")
                .jsonPath("$[0].holdoutPinball").isEqualTo(3.5)
                .jsonPath("$[0].window").isEqualTo(16)
                .jsonPath("$[0].granularity").isEqualTo("WEEKLY");
    }

    @TestConfiguration
    static class Fakes {
        @Bean
        CountDownLatch release() {
            return new CountDownLatch(1);
        }

        @Bean
        TrainingProperties trainingProperties() {
            return new TrainingProperties(1, 8, 1, 1, 16, 8, "/tmp/unused", "");
        }

        @Bean
        TrainingJobs trainingJobs(CountDownLatch release) {
            Metrics m = new Metrics("LSTM", 1, 1, 0.8, 52, 3.5, 0.8, 0.1, 0, 1, 8);
            return new TrainingJobs((settings, listener) -> {
                listener.epoch(1, 1, 3, 0.5, 0.6, 1000);
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new TrainForecastModel.Outcome(MODEL, List.of(m, m), Double.NaN, "no champion");
            }, new InMemoryTrainingJobStore(), Clock.systemUTC(), "test@127.0.0.1:0", Duration.ofSeconds(1),
                    Duration.ofSeconds(30));
        }

        @Bean
        ModelRegistry registry() {
            return new ModelRegistry() {
                @Override
                public Optional<RegisteredModel> champion() {
                    return Optional.of(MODEL);
                }

                @Override
                public void record(RegisteredModel model) {
                }

                @Override
                public List<RegisteredModel> latest(int limit) {
                    return List.of(MODEL);
                }
            };
        }
    }
}
