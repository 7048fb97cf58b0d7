package dev.priceflow.forecast;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DemandForecastApplication {

    public static void main(String[] args) {
        SpringApplication.run(DemandForecastApplication.class, args);
    }
}
