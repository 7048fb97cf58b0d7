package dev.priceflow.pricing.policy.domain;

import java.util.Map;

/**
 * A policy as marketing sent it, unchecked: decimals as strings (wire convention), any field may be null.
 * {@code channels} maps a channel to its {@code optimize}/{@code personalize} switches.
 */
public record PolicyInput(String objective, String targetMarginPercent, String maxDailyChangePercent,
                          String priceEnding, Boolean personalizationAllowed, String personalizationMaxPercent,
                          String competitorWithinPercent, Map<String, ChannelInput> channels) {

    public record ChannelInput(Boolean optimize, Boolean personalize) {
    }
}
