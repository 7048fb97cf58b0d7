package dev.priceflow.forecast.elasticity.application;

import dev.priceflow.forecast.elasticity.domain.WeeklyPoint;
import java.util.List;
import java.util.Map;

/** Weekly sales of every SKU (weeks with units > 0), for the elasticity regression. */
public interface WeeklySales {

    Map<String, List<WeeklyPoint>> all();
}
