package dev.priceflow.forecast.training;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a training IT leaves behind, removed: its sales rows, its registered models, and the champion restored. */
final class TrainingTestRows {

    private TrainingTestRows() {
    }

    static void delete(JdbcTemplate jdbc, String skuPrefix, List<UUID> registered, UUID previousChampion) {
        jdbc.update("DELETE FROM forecast.sales_daily WHERE sku LIKE ?", skuPrefix + "%");
        registered.forEach(id -> jdbc.update("DELETE FROM forecast.model_registry WHERE id = ?", id));
        if (previousChampion != null) {   // put back the champion that the test's model retired
            jdbc.update("UPDATE forecast.model_registry SET status = 'CHAMPION' WHERE id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM forecast.model_registry WHERE status = 'CHAMPION')", previousChampion);
        }
    }
}
