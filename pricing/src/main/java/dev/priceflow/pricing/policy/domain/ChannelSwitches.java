package dev.priceflow.pricing.policy.domain;

/** Per channel: whether the optimized base price applies there, and whether personal prices may. */
public record ChannelSwitches(boolean optimize, boolean personalize) {

    public static final ChannelSwitches OFF = new ChannelSwitches(false, false);
}
