package dev.priceflow.forecast.training.domain;

import java.util.OptionalDouble;

/**
 * Champion/challenger on the holdout's mean pinball loss (P10/P50/P90 averaged): the loss that the model is
 * trained on and the one that also judges the intervals, not only the median. The challenger wins when there is
 * no champion, or when its pinball is strictly lower than the champion's scored on the same holdout.
 * A non-finite challenger score never wins.
 */
public final class ChampionPolicy {

    public enum Decision { CHAMPION, REJECTED }

    private ChampionPolicy() {
    }

    public static Decision decide(double challengerPinball, OptionalDouble championPinball) {
        if (!Double.isFinite(challengerPinball)) {
            return Decision.REJECTED;
        }
        if (championPinball.isEmpty() || !Double.isFinite(championPinball.getAsDouble())) {
            return Decision.CHAMPION;
        }
        return challengerPinball < championPinball.getAsDouble() ? Decision.CHAMPION : Decision.REJECTED;
    }
}
