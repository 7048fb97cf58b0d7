package dev.priceflow.profile.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.kit.kafka.CommerceEventReader;
import dev.priceflow.kit.kafka.PoisonEventException;
import dev.priceflow.profile.application.HotProfiles;
import dev.priceflow.profile.application.Profiles;
import dev.priceflow.profile.application.RecordEvent;
import dev.priceflow.profile.application.SegmentModels;
import dev.priceflow.profile.application.Segmentation;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds every profile from {@code commerce.events}: empties profiles, processed event ids, segment models and
 * hot profiles (erasure markers stay, so erased shoppers' old events are skipped again), reads every partition
 * from the beginning up to the end offsets seen at the start with a fresh consumer (no group, nothing
 * committed), counts each poll's records as one batch like the live consumer does, then trains the segments.
 */
@Component
public class ProfileRebuild {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final int PROGRESS_EVERY = 500;

    private final RecordEvent recordEvent;
    private final Profiles profiles;
    private final SegmentModels models;
    private final HotProfiles hot;
    private final Segmentation segmentation;
    private final JsonMapper json;
    private final String bootstrap;

    ProfileRebuild(RecordEvent recordEvent, Profiles profiles, SegmentModels models, HotProfiles hot,
                   Segmentation segmentation, JsonMapper json,
                   @Value("${spring.kafka.bootstrap-servers}") String bootstrap) {
        this.recordEvent = recordEvent;
        this.profiles = profiles;
        this.models = models;
        this.hot = hot;
        this.segmentation = segmentation;
        this.json = json;
        this.bootstrap = bootstrap;
    }

    /** Counts of what the rebuild did with the records it read. */
    public record Summary(long records, long applied, long duplicates, long skipped, long rejected) {
    }

    public Summary run(PrintStream out) {
        profiles.clearForRebuild();
        models.deleteAll();
        long removed = hot.deleteAll();
        out.printf("emptied profiles, processed event ids and segment models; removed %d hot profiles%n", removed);
        long[] counts = new long[5];
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.COMMERCE_EVENTS, Duration.ofSeconds(10))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long total = end.values().stream().mapToLong(Long::longValue).sum()
                    - consumer.beginningOffsets(partitions, Duration.ofSeconds(10)).values().stream()
                    .mapToLong(Long::longValue).sum();
            out.printf("reading %s: %d records in %d partitions%n", Topics.COMMERCE_EVENTS, total, partitions.size());
            while (!done(consumer, end)) {
                List<ConsumerRecord<String, String>> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        batch.add(record);
                    }
                }
                long before = counts[0];
                count(batch, counts);
                if (counts[0] / PROGRESS_EVERY > before / PROGRESS_EVERY) {
                    out.printf("  %d/%d records (%d%%)%n", counts[0], total, total == 0 ? 100 : counts[0] * 100 / total);
                }
            }
        }
        Summary summary = new Summary(counts[0], counts[1], counts[2], counts[3], counts[4]);
        out.printf("read %d records: %d counted, %d duplicates, %d skipped (not about shoppers or erased), "
                + "%d rejected%n", summary.records(), summary.applied(), summary.duplicates(), summary.skipped(),
                summary.rejected());
        segmentation.retrain().ifPresentOrElse(
                m -> m.segments().forEach(s -> out.printf("segment %d (%d shoppers): %s%n", s.id(), s.trainedSize(),
                        s.label())),
                () -> out.println("segments not trained: fewer shoppers than k"));
        return summary;
    }

    /** Counts a poll's records as one batch, like the live consumer; unreadable records count as rejected. */
    private void count(List<ConsumerRecord<String, String>> records, long[] counts) {
        List<CommerceEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            counts[0]++;
            try {
                events.add(CommerceEventReader.read(json, record.value()));
            } catch (PoisonEventException e) {
                counts[4]++;
            }
        }
        for (RecordEvent.Outcome outcome : recordEvent.handleAll(events)) {
            switch (outcome) {
                case RecordEvent.Outcome.Applied a -> counts[1]++;
                case RecordEvent.Outcome.Duplicate d -> counts[2]++;
                case RecordEvent.Outcome.Skipped s -> counts[3]++;
                case RecordEvent.Outcome.Rejected r -> counts[4]++;
            }
        }
    }

    private static boolean done(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private Properties config() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "user-profile-rebuild-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }
}
