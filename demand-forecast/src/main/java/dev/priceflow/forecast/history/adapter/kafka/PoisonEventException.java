package dev.priceflow.forecast.history.adapter.kafka;

/** A record that can never be processed (unreadable or invalid); it is dead-lettered, unretried. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason, null, false, false);
    }
}
