package dev.priceflow.profile.adapter.sql;

import dev.priceflow.profile.application.SegmentModels;
import dev.priceflow.profile.segment.domain.SegmentModel;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Segment models in {@code profile.segment_model}: provenance columns plus the whole model as JSON. */
@Repository
class JdbcSegmentModels implements SegmentModels {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    JdbcSegmentModels(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public SegmentModel save(SegmentModel model) {
        Long id = jdbc.queryForObject("""
                INSERT INTO profile.segment_model (trained_at, k, seed, shoppers, inertia, model)
                VALUES (?, ?, ?, ?, ?, ?::jsonb) RETURNING id""", Long.class, ProfileRows.utc(model.trainedAt()),
                model.k(), model.seed(), model.shoppers(), model.inertia(), json.writeValueAsString(model));
        return model.withId(id);
    }

    @Override
    public Optional<SegmentModel> latest() {
        return jdbc.query("SELECT id, model FROM profile.segment_model ORDER BY id DESC LIMIT 1",
                (rs, i) -> json.readValue(rs.getString("model"), SegmentModel.class).withId(rs.getLong("id")))
                .stream().findFirst();
    }

    @Override
    public void deleteAll() {
        jdbc.update("DELETE FROM profile.segment_model");
    }
}
