package dev.priceflow.pricing.application;

/**
 * A dependency that money decisions rely on (catalogue, promotions, audit log) failed or timed out, so no
 * quote is given: pricing fails closed rather than promise a price it cannot justify or record.
 */
public class DependencyUnavailable extends RuntimeException {

    private final String dependency;

    public DependencyUnavailable(String dependency, Throwable cause) {
        super(dependency + " unavailable", cause);
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }
}
