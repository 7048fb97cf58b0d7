package dev.priceflow.forecast.publishing.application;

import java.util.List;

/** The SKUs that have sales history, in a stable order (port). */
public interface PublishableSkus {

    List<String> all();
}
