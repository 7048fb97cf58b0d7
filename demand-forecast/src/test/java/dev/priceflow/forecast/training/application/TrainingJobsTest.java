package dev.priceflow.forecast.training.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.Metrics;
import dev.priceflow.forecast.model.domain.WindowSpec;
import dev.priceflow.forecast.registry.domain.ModelStatus;
import dev.priceflow.forecast.registry.domain.RegisteredModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TrainingJobsTest {

    static final TrainForecastModel.Settings DAILY = new TrainForecastModel.Settings(1, 4, 1, 1, new WindowSpec(14, 7),
            Path.of("/tmp/unused"), "", Granularity.DAILY);
    static final RegisteredModel MODEL = new RegisteredModel(UUID.randomUUID(), Instant.EPOCH, ModelStatus.CHAMPION,
            "/tmp/m", "{}", 1, 1, 1, null, null, 1, 7, 14, Granularity.DAILY);

    private final InMemoryTrainingJobStore store = new InMemoryTrainingJobStore();
    private final CountDownLatch release = new CountDownLatch(1);

    private TrainingJobs jobs(String owner, Clock clock, boolean fail) {
        return new TrainingJobs((settings, listener) -> {
            listener.epoch(1, 1, 2, 0.4, 0.5, 100);
            await(release);
            if (fail) {
                throw new InsufficientHistoryException("not enough");
            }
            Metrics m = new Metrics("LSTM", 1, 1, 1, 7, 1, 0.8, 0.1, 0, 1, 7);
            return new TrainForecastModel.Outcome(MODEL, List.of(m, m), Double.NaN, "no champion");
        }, store, clock, owner, Duration.ofMillis(50), Duration.ofSeconds(30));
    }

    @Test
    void oneActiveJobThenItsStoredResult() throws Exception {
        TrainingJobs jobs = jobs("a", Clock.systemUTC(), false);
        TrainingJob job = jobs.start(DAILY, "mia");
        assertThat(job.state()).isEqualTo(TrainingJob.State.QUEUED);
        assertThat(job.granularity()).isEqualTo(Granularity.DAILY);

        assertThatThrownBy(() -> jobs.start(DAILY, "adam")).isInstanceOf(TrainingJobs.AlreadyRunning.class)
                .satisfies(e -> assertThat(((TrainingJobs.AlreadyRunning) e).running.id()).isEqualTo(job.id()));
        release.countDown();
        TrainingJob done = waitForEnd(jobs, job.id());
        assertThat(done.state()).isEqualTo(TrainingJob.State.SUCCEEDED);
        assertThat(done.requestedBy()).isEqualTo("mia");
        assertThat(done.epoch()).isEqualTo(2);
        assertThat(done.loss()).isEqualTo(0.4);
        assertThat(done.modelId()).isEqualTo(MODEL.id().toString());
        assertThat(done.startedAt()).isNotNull();
        assertThat(done.finishedAt()).isNotNull();
        assertThat(jobs.start(DAILY, "adam").state()).isEqualTo(TrainingJob.State.QUEUED);   // free again
    }

    @Test
    void aFailedTrainingIsFailedWithItsError() throws Exception {
        TrainingJobs jobs = jobs("a", Clock.systemUTC(), true);
        release.countDown();
        TrainingJob done = waitForEnd(jobs, jobs.start(DAILY, "mia").id());
        assertThat(done.state()).isEqualTo(TrainingJob.State.FAILED);
        assertThat(done.error()).isEqualTo("not enough");
    }

    @Test
    void aRestartedInstanceInterruptsItsOwnActiveJobsAndAnyoneInterruptsStaleOnes() {
        Instant t0 = Instant.parse("2026-11-26T10:00:00Z");
        TrainingJob mine = TrainingJob.queued(UUID.randomUUID(), "mia", Granularity.WEEKLY, t0).running(t0);
        store.create(mine, "host:8083");

        // another instance, 10 s later: the job beats recently enough -> left alone
        TrainingJobs other = jobs("host:9999", Clock.fixed(t0.plusSeconds(10), ZoneOffset.UTC), false);
        assertThat(other.recover()).isZero();
        assertThat(other.find(mine.id()).orElseThrow().state()).isEqualTo(TrainingJob.State.RUNNING);

        // the same instance started again: its predecessor's job is dead
        TrainingJobs restarted = jobs("host:8083", Clock.fixed(t0.plusSeconds(10), ZoneOffset.UTC), false);
        assertThat(restarted.recover()).isEqualTo(1);
        TrainingJob interrupted = restarted.find(mine.id()).orElseThrow();
        assertThat(interrupted.state()).isEqualTo(TrainingJob.State.INTERRUPTED);
        assertThat(interrupted.finishedAt()).isEqualTo(t0.plusSeconds(10));

        TrainingJob orphan = TrainingJob.queued(UUID.randomUUID(), "mia", Granularity.WEEKLY, t0);
        store.create(orphan, "gone:1");
        TrainingJobs later = jobs("host:9999", Clock.fixed(t0.plusSeconds(31), ZoneOffset.UTC), false);
        assertThat(later.find(orphan.id()).orElseThrow().state()).isEqualTo(TrainingJob.State.INTERRUPTED);
    }

    private static TrainingJob waitForEnd(TrainingJobs jobs, UUID id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        TrainingJob j = jobs.find(id).orElseThrow();
        while (j.state().active() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            j = jobs.find(id).orElseThrow();
        }
        return j;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
