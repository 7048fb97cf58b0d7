package dev.priceflow.profile.application;

/** Tells other services that a shopper erased their profile; throws when the notice was not confirmed. */
public interface ErasureNotices {

    void announce(String userId);
}
