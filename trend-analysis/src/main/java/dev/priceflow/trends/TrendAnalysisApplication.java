package dev.priceflow.trends;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TrendAnalysisApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrendAnalysisApplication.class, args);
    }
}
