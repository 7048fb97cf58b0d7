package dev.priceflow.trends.adapter.streams;

import dev.priceflow.kit.kafka.DeadLetterErrorHandling;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forwards a corrupt record's original value with the reason in the shared dead-letter header. */
final class DeadLetter implements FixedKeyProcessor<String, Parsed, String> {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetter.class);

    private FixedKeyProcessorContext<String, String> context;

    @Override
    public void init(FixedKeyProcessorContext<String, String> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Parsed> record) {
        String reason = record.value().error();
        context.recordMetadata().ifPresent(m -> LOG.warn("dead-lettering topic={} partition={} offset={} reason={}",
                m.topic(), m.partition(), m.offset(), reason));
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(DeadLetterErrorHandling.REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        context.forward(record.withValue(record.value().raw()).withHeaders(headers));
    }
}
