package dev.priceflow.forecast.training.adapter.cli;

import dev.priceflow.forecast.model.domain.Granularity;
import dev.priceflow.forecast.model.domain.Metrics;
import dev.priceflow.forecast.publishing.application.PublishForecasts;
import dev.priceflow.forecast.publishing.domain.PublicationReport;
import dev.priceflow.forecast.registry.domain.ModelStatus;
import dev.priceflow.forecast.training.TrainingConfiguration;
import dev.priceflow.forecast.training.TrainingProperties;
import dev.priceflow.forecast.training.application.InsufficientHistoryException;
import dev.priceflow.forecast.training.application.TrainForecastModel;
import dev.priceflow.forecast.training.application.TrainingListener;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar demand-forecast.jar train-forecast [--epochs N] [--seed S]}: trains, registers and (if it
 * wins) promotes a model as a non-web run; a new champion's forecasts are then published (Redis + Kafka; a
 * failed publication is reported but does not change the exit). Exit: 0 trained (champion or rejected),
 * 2 usage or too little history, 3 other failure.
 */
public final class TrainForecastCommand {

    public static final String NAME = "train-forecast";
    private static final String USAGE = "usage: train-forecast [--epochs N] [--seed S] [--granularity daily|weekly]";

    private TrainForecastCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        Integer epochs = null;
        Long seed = null;
        List<String> springArgs = new ArrayList<>();
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--epochs" -> epochs = (int) number(args, ++i);
                    case "--seed" -> seed = number(args, ++i);
                    case "--granularity" -> springArgs.add("--priceflow.forecast.training.granularity="
                            + Granularity.parse(value(args, ++i)).name());
                    default -> {
                        if (!args[i].startsWith("--") || !args[i].contains("=")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        springArgs.add(args[i]);   // --spring.property=value passes through
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("train-forecast: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("priceflow.forecast.history.consume=false", "priceflow.forecast.publishing.scheduled=false",
                        "spring.main.lazy-initialization=true",
                        "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(springArgs.toArray(String[]::new))) {
            TrainForecastModel.Settings settings = TrainingConfiguration.settings(
                    context.getBean(TrainingProperties.class), epochs, seed);
            out.println("train-forecast: " + settings.granularity() + ", window " + settings.spec().window()
                    + ", horizon " + settings.spec().horizon() + " " + settings.granularity().periods() + ", hidden " + settings.hidden() + ", " + settings.ensemble() + " model(s), seed "
                    + settings.seed() + ", models dir " + settings.modelsDir().toAbsolutePath());
            TrainForecastModel.Outcome o = context.getBean(TrainForecastModel.class).train(settings, printer(out));
            Metrics lstm = o.metrics().getFirst();
            Metrics naive = o.metrics().get(1);
            String versus = Double.isNaN(o.championPinball()) ? o.comparedOn()
                    : String.format(Locale.ROOT, "vs %.4f, %s", o.championPinball(), o.comparedOn());
            out.printf(Locale.ROOT, "train-forecast: model %s is %s (holdout pinball %.4f, %s); MASE %.3f, "
                            + "seasonal naive MASE %.3f, P10-P90 coverage %.1f%%%ntrain-forecast: saved under %s%n",
                    o.model().id(), o.model().status(), lstm.pinball(), versus,
                    lstm.mase(), naive.mase(), 100 * lstm.coverage(), o.model().path());
            if (o.model().status() == ModelStatus.CHAMPION) {
                publish(context, out, err);
            }
            return 0;
        } catch (IllegalArgumentException e) {   // a horizon too long for the granularity, from the settings
            err.println("train-forecast: " + e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (InsufficientHistoryException e) {
            err.println("train-forecast: not enough sales history: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("train-forecast: failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 3;
        }
    }

    private static void publish(ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
        try {
            PublicationReport report = context.getBean(PublishForecasts.class)
                    .publish(line -> out.println("train-forecast: publishing forecasts: " + line));
            if (report.failed() > 0) {
                err.println("train-forecast: " + report.failed() + " forecast(s) could not be published");
            }
        } catch (RuntimeException e) {
            err.println("train-forecast: publishing forecasts failed: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("missing value for " + args[i - 1]);
        }
        return args[i];
    }

    private static long number(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("missing value for " + args[i - 1]);
        }
        try {
            long v = Long.parseLong(args[i]);
            if (args[i - 1].equals("--epochs") && (v < 1 || v > 500)) {
                throw new IllegalArgumentException("--epochs must be within 1..500, was " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(args[i - 1] + " must be an integer, was '" + args[i] + "'");
        }
    }

    private static TrainingListener printer(PrintStream out) {
        return new TrainingListener() {
            @Override
            public void step(String message) {
                out.println("train-forecast: " + message);
            }

            @Override
            public void epoch(int member, int members, int epoch, double loss, double validation, double wps) {
                out.printf(Locale.ROOT, "train-forecast: model %d/%d epoch %3d  loss %.4f  validation loss %.4f  "
                        + "%,.0f windows/s%n", member, members, epoch, loss, validation, wps);
            }
        };
    }
}
