package dev.priceflow.kit.kafka;

/** A record that can never be processed (unreadable or invalid); it goes to the dead-letter topic, unretried. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason, null, false, false);
    }
}
