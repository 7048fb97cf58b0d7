package dev.priceflow.gateway.events.adapter.kafka;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.ProducerListener;

/** Failed sends are logged without key and payload: both carry shopper ids and behaviour (personal data). */
@Configuration(proxyBeanMethods = false)
class KafkaLoggingConfig {

    @Bean
    ProducerListener<Object, Object> kafkaProducerListener() {
        LoggingProducerListener<Object, Object> listener = new LoggingProducerListener<>();
        listener.setIncludeContents(false);
        return listener;
    }
}
