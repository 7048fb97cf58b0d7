package dev.priceflow.recommender.evaluation.domain;

/** Mean top-k metrics of one model over the evaluated users, with catalogue coverage and training time. */
public record ModelScores(String model, double precision, double recall, double ndcg, double map, double coverage,
                          long trainMillis) {
}
