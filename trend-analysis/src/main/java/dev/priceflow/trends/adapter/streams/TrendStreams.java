package dev.priceflow.trends.adapter.streams;

import dev.priceflow.trends.application.Catalogue;
import dev.priceflow.trends.config.TrendProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.BuiltInDslStoreSuppliers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the trend topology for the service's lifetime. Internal topics get replication factor 1 (single-broker
 * stack); a stream thread that dies is replaced rather than stopping the application.
 */
public class TrendStreams implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TrendStreams.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(20);

    private final Properties config;
    private final TrendProperties props;
    private final Catalogue catalogue;
    private final Clock clock;
    private volatile KafkaStreams streams;

    public TrendStreams(String bootstrapServers, TrendProperties props, Catalogue catalogue, Clock clock) {
        this.props = props;
        this.catalogue = catalogue;
        this.clock = clock;
        this.config = config(bootstrapServers, props);
    }

    static Properties config(String bootstrapServers, TrendProperties props) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, props.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, props.resolvedStateDir().toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, props.processingGuarantee());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, props.commitInterval().toMillis());
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        // values are read as strings (never fails); unreadable JSON is dead-lettered by the topology itself
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), props.autoOffsetReset());
        p.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        // Window stores hold only baseline + grace (days, small): in memory, restored from their changelogs. On
        // RocksDB every new time segment opens a database, which made a replay of the demo year crawl here.
        p.put(StreamsConfig.DSL_STORE_SUPPLIERS_CLASS_CONFIG, BuiltInDslStoreSuppliers.InMemoryDslStoreSuppliers.class);
        // a slow, shared machine must not let the broker abort a transaction (and fence the thread) mid-batch
        p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 60_000);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 200);
        return p;
    }

    @Override
    public void start() {
        KafkaStreams created = new KafkaStreams(
                TrendTopology.buildTopology(props.settings(), catalogue, clock), config);
        created.setUncaughtExceptionHandler(ex -> {
            LOG.error("trend stream thread failed, replacing it cause={}", ex.toString());
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        created.setStateListener((next, previous) -> LOG.info("trend streams state {} -> {}", previous, next));
        created.start();
        streams = created;
    }

    @Override
    public void stop() {
        KafkaStreams running = streams;
        if (running != null) {
            running.close(CLOSE_TIMEOUT);
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    public KafkaStreams.State state() {
        KafkaStreams running = streams;
        return running == null ? KafkaStreams.State.NOT_RUNNING : running.state();
    }
}
