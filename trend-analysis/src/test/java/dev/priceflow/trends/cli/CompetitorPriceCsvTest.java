package dev.priceflow.trends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.trends.domain.CatalogueEntry;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompetitorPriceCsvTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final String RETAIL_HEADER = "product_id,product_category_name,month_year,qty,total_price,"
            + "freight_price,unit_price,product_name_lenght,product_description_lenght,product_photos_qty,"
            + "product_weight_g,product_score,customers,weekday,weekend,holiday,month,year,s,volume,comp_1,ps1,fp1,"
            + "comp_2,ps2,fp2,comp_3,ps3,fp3,lag_price";
    private static final Map<String, CatalogueEntry> OURS = Map.of(
            "85123A", new CatalogueEntry("85123A", "candles-lights", new BigDecimal("2.95"), "GBP"));

    @Test
    void retailPriceRowsAreRebasedOnOurListPriceOnePerCompetitor() {
        String row = "bed1,bed_bath_table,01/05/2017,1,45.95,15.1,45.95,39,161,2,350,4,57,23,8,1,5,2017,10.2,3800,"
                + "89.9,3.9,15.0,215,4.4,8.76,45.95,4,15.1,45.9\r";
        CompetitorPriceCsv.Result result = CompetitorPriceCsv.read(List.of(RETAIL_HEADER + "\r", row),
                Map.of("bed1", "85123A"), OURS, CLOCK);
        assertThat(result.errors()).isEmpty();
        assertThat(result.observations()).hasSize(3);
        assertThat(result.observations().getFirst().sku()).isEqualTo("85123A");
        assertThat(result.observations().getFirst().competitor()).isEqualTo("retail-price-comp_1");
        // 2.95 × 89.9 / 45.95 = 5.7716… → 5.77; 2.95 × 45.95 / 45.95 = 2.95
        assertThat(result.observations()).extracting(o -> o.price()).containsExactly("5.77", "13.80", "2.95");
        assertThat(result.observations().getFirst().observedAt()).isEqualTo("2017-05-01T00:00:00Z");
        assertThat(result.observations().getFirst().currency()).isEqualTo("GBP");
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndNothingIsKeptSilently() {
        List<String> lines = List.of(CompetitorPriceCsv.NATIVE_HEADER,
                "85123A,acme,2.50,GBP,2026-05-01T00:00:00Z",
                "bad sku,acme,2.50,GBP,2026-05-01T00:00:00Z",
                "85123A,,-1,gbp,yesterday",
                "85123A,acme,2.50");
        CompetitorPriceCsv.Result result = CompetitorPriceCsv.read(lines, Map.of(), Map.of(), CLOCK);
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).startsWith("line 3: sku"));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).startsWith("line 4: competitor"));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).startsWith("line 4: price"));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).startsWith("line 4: currency"));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).startsWith("line 4: observedAt"));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).startsWith("line 5: expected 5 fields"));
        assertThat(result.errors()).noneSatisfy(e -> assertThat(e).startsWith("line 2"));
    }

    @Test
    void unmappedProductsAndUnknownHeadersAreErrors() {
        String row = "bed9,bed_bath_table,01/05/2017,1,45.95,15.1,45.95,39,161,2,350,4,57,23,8,1,5,2017,10.2,3800,"
                + "89.9,3.9,15.0,215,4.4,8.76,45.95,4,15.1,45.9";
        assertThat(CompetitorPriceCsv.read(List.of(RETAIL_HEADER, row), Map.of(), OURS, CLOCK).errors())
                .containsExactly("line 2: product_id 'bed9' has no SKU in the SKU map");
        assertThat(CompetitorPriceCsv.read(List.of("a,b"), Map.of(), OURS, CLOCK).errors().getFirst())
                .startsWith("line 1: unknown header");
    }

    @Test
    void theShippedSkuMapCoversEveryProductOfTheRetailPriceDataset() throws Exception {
        Map<String, String> map = ImportCompetitorPricesMain.skuMap(null);
        assertThat(map).hasSize(52).containsEntry("bed1", "85123A");
        Path data = Path.of("/work/shared/data/retail-price/retail_price.csv");
        if (Files.isReadable(data)) {
            assertThat(map.keySet()).containsAll(Files.readAllLines(data).stream().skip(1)
                    .map(l -> l.split(",")[0]).distinct().toList());
        }
    }

    @Test
    void usageErrorsExitWith2AndBadFilesWith1() throws Exception {
        assertThat(ImportCompetitorPricesMain.run(new String[0])).isEqualTo(2);
        Path bad = Files.createTempFile("competitor", ".csv");
        Files.writeString(bad, CompetitorPriceCsv.NATIVE_HEADER + "\nbad sku,acme,1.00,GBP,2026-01-01T00:00:00Z\n");
        assertThat(ImportCompetitorPricesMain.run(new String[] {bad.toString()})).isEqualTo(1);
    }
}
