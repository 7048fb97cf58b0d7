package dev.priceflow.forecast.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.Metrics;
import dev.priceflow.forecast.model.domain.WindowSpec;
import dev.priceflow.forecast.registry.domain.ModelStatus;
import dev.priceflow.forecast.registry.domain.RegisteredModel;
import dev.priceflow.forecast.training.application.TrainForecastModel;
import dev.priceflow.forecast.training.application.TrainingJob;
import dev.priceflow.forecast.training.application.TrainingJobStore;
import dev.priceflow.forecast.training.application.TrainingJobs;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Durable training jobs in the real PostgreSQL: state and progress are read back from the table by another
 * {@link TrainingJobs} (a restarted service), which marks its dead predecessor's running job INTERRUPTED;
 * one active job at a time; the HTTP status endpoint reads the table. The trainer is a fake (no TensorFlow).
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.POSTGRES, Server.KAFKA, Server.REDIS})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "priceflow.forecast.history.consume=false")
class TrainingJobsIT {

    static final TrainForecastModel.Settings SETTINGS = new TrainForecastModel.Settings(1, 4, 1, 1,
            new WindowSpec(14, 7), Path.of("/tmp/unused"), "IT-NONE-", Granularity.DAILY);

    private final String owner = "it-" + UUID.randomUUID();
    private final List<UUID> created = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @Autowired
    TrainingJobStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void cleanUp() {
        release.countDown();
        created.forEach(id -> jdbc.update("UPDATE forecast.training_job SET state = 'INTERRUPTED' WHERE id = ? "
                + "AND state IN ('QUEUED', 'RUNNING')", id));
        created.forEach(id -> jdbc.update("DELETE FROM forecast.training_job WHERE id = ?", id));
    }

    private TrainingJobs instance(Clock clock) {
        return new TrainingJobs((settings, listener) -> {
            listener.epoch(1, 1, 3, 0.25, 0.5, 100);
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            RegisteredModel m = new RegisteredModel(UUID.randomUUID(), clock.instant(), ModelStatus.REJECTED, "/tmp/x",
                    "{}", 1, 1, 1, null, null, 1, 7, 14, Granularity.DAILY);
            Metrics metrics = new Metrics("LSTM", 1, 1, 1, 7, 1, 0.8, 0.1, 0, 1, 7);
            return new TrainForecastModel.Outcome(m, List.of(metrics, metrics), Double.NaN, "no champion");
        }, store, clock, owner, Duration.ofMillis(200), Duration.ofSeconds(30));
    }

    @Test
    void aRunningJobIsStoredWithItsProgressAndARestartMarksItInterrupted() throws Exception {
        TrainingJobs first = instance(Clock.systemUTC());
        TrainingJob job = first.start(SETTINGS, "6f1c2a8e-0000-4000-8000-0000000003a1");
        created.add(job.id());
        TrainingJob running = waitFor(first, job.id(), j -> j.epoch() == 3);
        assertThat(running.state()).isEqualTo(TrainingJob.State.RUNNING);
        assertThat(running.loss()).isEqualTo(0.25);
        assertThat(running.validationLoss()).isEqualTo(0.5);
        assertThatThrownBy(() -> first.start(SETTINGS, "someone")).isInstanceOf(TrainingJobs.AlreadyRunning.class);

        // the process "dies" (its thread never writes again) and the same instance starts again
        TrainingJobs restarted = instance(Clock.systemUTC());
        assertThat(restarted.recover()).isEqualTo(1);
        TrainingJob after = restarted.find(job.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(TrainingJob.State.INTERRUPTED);
        assertThat(after.requestedBy()).isEqualTo("6f1c2a8e-0000-4000-8000-0000000003a1");
        assertThat(after.granularity()).isEqualTo(Granularity.DAILY);
        assertThat(after.epoch()).isEqualTo(3);
        assertThat(after.error()).contains("stopped");
        assertThat(after.finishedAt()).isNotNull();

        release.countDown();   // the old thread's late result must not overwrite INTERRUPTED
        Thread.sleep(300);
        assertThat(restarted.find(job.id()).orElseThrow().state()).isEqualTo(TrainingJob.State.INTERRUPTED);
    }

    @Test
    void aFinishedJobIsReadFromTheTableOverHttpAndAStaleOneIsInterruptedByAnyInstance() throws Exception {
        TrainingJobs jobs = instance(Clock.systemUTC());
        release.countDown();
        TrainingJob job = jobs.start(SETTINGS, "6f1c2a8e-0000-4000-8000-00000000ada3");
        created.add(job.id());
        waitFor(jobs, job.id(), j -> !j.state().active());

        http().get().uri("/api/v1/forecast/models/jobs/" + job.id()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.state").isEqualTo("SUCCEEDED")
                .jsonPath("$.requestedBy").isEqualTo("6f1c2a8e-0000-4000-8000-00000000ada3")
                .jsonPath("$.granularity").isEqualTo("DAILY")
                .jsonPath("$.epoch").isEqualTo(3)
                .jsonPath("$.modelStatus").isEqualTo("REJECTED");

        // a job whose instance vanished a minute ago: any instance's next read marks it INTERRUPTED
        Instant old = Instant.now().minus(1, ChronoUnit.MINUTES);
        TrainingJob orphan = TrainingJob.queued(UUID.randomUUID(), "it", Granularity.WEEKLY, old).running(old);
        store.create(orphan, "vanished-" + UUID.randomUUID());
        created.add(orphan.id());
        store.update(orphan, old);
        http().get().uri("/api/v1/forecast/models/jobs/" + orphan.id()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("INTERRUPTED");
        TrainingJobs fixedClock = instance(Clock.fixed(Instant.now(), ZoneOffset.UTC));
        assertThat(fixedClock.find(orphan.id()).orElseThrow().state()).isEqualTo(TrainingJob.State.INTERRUPTED);
    }

    private static TrainingJob waitFor(TrainingJobs jobs, UUID id, java.util.function.Predicate<TrainingJob> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        TrainingJob j = jobs.find(id).orElseThrow();
        while (!done.test(j) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            j = jobs.find(id).orElseThrow();
        }
        return j;
    }

    private WebTestClient http() {
        return WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient().build()
                .mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_admin")));
    }
}
