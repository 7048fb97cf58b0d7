package dev.priceflow.forecast;

import dev.priceflow.forecast.history.adapter.cli.ImportSalesCommand;
import dev.priceflow.forecast.training.adapter.cli.TrainForecastCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DemandForecastApplication {

    public static void main(String[] args) {
        if (ImportSalesCommand.handles(args)) {
            System.exit(ImportSalesCommand.run(DemandForecastApplication.class, args, System.out, System.err));
        }
        if (TrainForecastCommand.handles(args)) {
            System.exit(TrainForecastCommand.run(DemandForecastApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(DemandForecastApplication.class, args);
    }
}
