package dev.priceflow.profile.domain;

/**
 * Recency, frequency, monetary: the raw values and a 1..5 score each (5 = most recent, most frequent, most
 * spent). {@code recencyDays} is null for a shopper who never bought (recency score 1).
 */
public record Rfm(Long recencyDays, long frequency, java.math.BigDecimal monetary, int recencyScore,
                  int frequencyScore, int monetaryScore) {

    /** The three scores as one code, e.g. "545". */
    public String code() {
        return "" + recencyScore + frequencyScore + monetaryScore;
    }
}
