package dev.priceflow.forecast.publishing.domain;

import java.util.UUID;

/**
 * The outcome of one publication run: SKUs published, failed (logged, the run went on), skipped (too little
 * history for the champion) and whether it stopped early ({@code noModel}: no champion, nothing published;
 * {@code aborted}: too many failures in a row, the rest not attempted).
 */
public record PublicationReport(UUID modelId, int published, int failed, int skipped, boolean noModel,
                                boolean aborted) {

    public static PublicationReport nothingToPublish() {
        return new PublicationReport(null, 0, 0, 0, true, false);
    }

    @Override
    public String toString() {
        return noModel ? "no champion model: nothing published"
                : "model " + modelId + ": published " + published + ", failed " + failed + ", skipped " + skipped
                + (aborted ? " (aborted after repeated failures)" : "");
    }
}
