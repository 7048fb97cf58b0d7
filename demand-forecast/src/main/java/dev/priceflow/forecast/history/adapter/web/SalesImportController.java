package dev.priceflow.forecast.history.adapter.web;

import dev.priceflow.forecast.history.HistoryProperties;
import dev.priceflow.forecast.history.application.ImportSales;
import dev.priceflow.forecast.history.domain.ImportSummary;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /api/v1/forecast/sales/imports} (text/csv, role marketing or admin): all-or-nothing import of
 * daily sales. 200 with the summary; 422 listing the bad lines (nothing written); 413 over the size limit.
 */
@RestController
class SalesImportController {

    static final String PATH = "/api/v1/forecast/sales/imports";
    private static final Logger LOG = LoggerFactory.getLogger(SalesImportController.class);

    private final ImportSales importSales;
    private final long maxBytes;

    SalesImportController(ImportSales importSales, HistoryProperties properties) {
        this.importSales = importSales;
        this.maxBytes = properties.maxImportSize().toBytes();
    }

    @PostMapping(path = PATH, consumes = "text/csv")
    Mono<ResponseEntity<ImportResult>> importCsv(
            @RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) Long contentLength,
            @RequestBody(required = false) Flux<DataBuffer> body) {
        if (contentLength != null && contentLength > maxBytes) {
            return Mono.error(new ImportTooLargeException(maxBytes));
        }
        Flux<DataBuffer> buffers = body == null ? Flux.empty() : body;
        return DataBufferUtils.join(buffers, (int) Math.min(Integer.MAX_VALUE, maxBytes))
                .onErrorMap(org.springframework.core.io.buffer.DataBufferLimitException.class,
                        e -> new ImportTooLargeException(maxBytes))
                .map(SalesImportController::text)
                .defaultIfEmpty("")
                .publishOn(Schedulers.boundedElastic())
                .map(text -> importSales.importCsv(text.lines().iterator(), step -> LOG.debug("sales import {}", step)))
                .map(SalesImportController::answer);
    }

    private static String text(DataBuffer buffer) {
        try {
            return buffer.toString(StandardCharsets.UTF_8);
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    private static ResponseEntity<ImportResult> answer(ImportSales.Outcome outcome) {
        return switch (outcome) {
            case ImportSales.Outcome.Imported imported -> {
                ImportSummary s = imported.summary();
                LOG.info("sales imported rows={} skus={} from={} to={}", s.rows(), s.skus(), s.from(), s.to());
                yield ResponseEntity.ok(new ImportResult(s.rows(), s.skus(), s.from(), s.to()));
            }
            case ImportSales.Outcome.Rejected rejected -> throw new InvalidImportException(rejected);
        };
    }

    /** The answer to a valid import. */
    record ImportResult(int importedRows, int skus, LocalDate from, LocalDate to) {
    }
}
