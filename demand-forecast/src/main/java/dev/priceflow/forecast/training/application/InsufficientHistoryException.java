package dev.priceflow.forecast.training.application;

/** Too little sales history to train (or to forecast): the message says what is needed. */
public class InsufficientHistoryException extends RuntimeException {

    public InsufficientHistoryException(String message) {
        super(message);
    }
}
