package dev.priceflow.forecast.history.domain;

/** One bad line of an import file (1-based line number; the header is line 1). */
public record LineError(long line, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
