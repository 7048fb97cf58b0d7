package dev.priceflow.forecast.history;

import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.forecast.history.application.ImportSales;
import dev.priceflow.forecast.history.application.RecordPurchase;
import dev.priceflow.forecast.history.application.SalesHistory;
import dev.priceflow.forecast.history.domain.PurchaseSales;
import dev.priceflow.forecast.history.domain.SalesCsv;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the sales-history use cases to their adapters. */
@Configuration(proxyBeanMethods = false)
class HistoryConfiguration {

    @Bean
    RecordPurchase recordPurchase(Clock clock, HistoryProperties properties, SalesHistory history) {
        return new RecordPurchase(new EventValidator(clock), new PurchaseSales(properties.currency()), history);
    }

    @Bean
    ImportSales importSales(HistoryProperties properties, SalesHistory history) {
        return new ImportSales(new SalesCsv(properties.maxReportedErrors()), history);
    }
}
