package dev.priceflow.recommender.training.application;

import dev.priceflow.recommender.learning.domain.Interaction;
import java.util.List;

/** The interactions the service holds (summed weight per shopper and SKU). */
public interface TrainingSource {

    List<Interaction> interactions();
}
