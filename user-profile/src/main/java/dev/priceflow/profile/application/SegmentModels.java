package dev.priceflow.profile.application;

import dev.priceflow.profile.segment.domain.SegmentModel;
import java.util.Optional;

/** Stored segment models; the latest stored is the current one. */
public interface SegmentModels {

    /** Stores the model and returns it with its new id. */
    SegmentModel save(SegmentModel model);

    Optional<SegmentModel> latest();

    /** Deletes every stored model (before a rebuild). */
    void deleteAll();
}
