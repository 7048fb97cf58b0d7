package dev.priceflow.forecast.model.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a model came from and how good it was on the holdout; written beside the SavedModel as JSON. The
 * granularity says what a period is (a model without one in its JSON predates daily models: weekly).
 */
public record Provenance(String dataSource, String dataFrom, String dataTo, int series, long rows, WindowSpec spec,
                         LstmConfig config, String tensorflowVersion, String device, int epochs, int bestEpoch,
                         List<Metrics> metrics, Granularity granularity) {

    /** A weekly model's provenance. */
    public Provenance(String dataSource, String dataFrom, String dataTo, int series, long rows, WindowSpec spec,
                      LstmConfig config, String tensorflowVersion, String device, int epochs, int bestEpoch,
                      List<Metrics> metrics) {
        this(dataSource, dataFrom, dataTo, series, rows, spec, config, tensorflowVersion, device, epochs, bestEpoch,
                metrics, Granularity.WEEKLY);
    }

    public String toJson() {
        return "{\n"
                + "  \"dataSource\": " + str(dataSource) + ",\n"
                + "  \"dataRange\": {\"from\": " + str(dataFrom) + ", \"to\": " + str(dataTo) + "},\n"
                + "  \"granularity\": " + str(granularity.name()) + ",\n"
                + "  \"series\": " + series + ",\n"
                + "  \"rows\": " + rows + ",\n"
                + "  \"window\": " + spec.window() + ",\n"
                + "  \"horizon\": " + spec.horizon() + ",\n"
                + "  \"hyperParameters\": {\"hidden\": " + config.hidden() + ", \"groups\": " + config.groups()
                + ", \"embedding\": " + config.embedding() + ", \"learningRate\": " + num(config.learningRate())
                + ", \"batchSize\": " + config.batchSize() + ", \"maxEpochs\": " + config.maxEpochs()
                + ", \"patience\": " + config.patience() + ", \"quantiles\": [0.1, 0.5, 0.9]},\n"
                + "  \"seed\": " + config.seed() + ",\n"
                + "  \"tensorflowVersion\": " + str(tensorflowVersion) + ",\n"
                + "  \"device\": " + str(device) + ",\n"
                + "  \"epochs\": " + epochs + ",\n"
                + "  \"bestEpoch\": " + bestEpoch + ",\n"
                + "  \"metrics\": [\n" + metrics.stream().map(Provenance::metricJson)
                .collect(Collectors.joining(",\n")) + "\n  ]\n}\n";
    }

    private static String metricJson(Metrics m) {
        return "    {\"model\": " + str(m.model()) + ", \"mae\": " + num(m.mae()) + ", \"rmse\": " + num(m.rmse())
                + ", \"mase\": " + num(m.mase()) + ", \"maseSeason\": " + m.maseSeason() + ", \"pinball\": "
                + num(m.pinball()) + ", \"coverageP10P90\": " + num(m.coverage()) + ", \"series\": " + m.series()
                + ", \"points\": " + m.points() + "}";
    }

    private static String num(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6g", d) : "null";
    }

    private static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
