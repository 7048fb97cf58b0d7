package dev.priceflow.recommender.recommendation.domain;

/** A request value that cannot be served, naming the field; answered as a 400 problem. */
public final class InvalidField extends RuntimeException {

    private final String field;

    public InvalidField(String field, String message) {
        super(field + ": " + message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
