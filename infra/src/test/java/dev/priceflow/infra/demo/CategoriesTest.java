package dev.priceflow.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoriesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "JUMBO BAG RED RETROSPOT, bags",
        "JUMBO BAG 50'S CHRISTMAS, christmas",
        "WHITE HANGING HEART T-LIGHT HOLDER, candles-lights",
        "SET OF 3 CAKE TINS PANTRY DESIGN, baking",
        "ROSES REGENCY TEACUP AND SAUCER, mugs-tableware",
        "ALARM CLOCK BAKELIKE RED, clocks",
        "PLEASE ONE PERSON METAL SIGN, signs",
        "SPACEBOY LUNCH BOX, boxes-tins",
        "PARTY BUNTING, party",
        "SPACEBOY BIRTHDAY CARD, cards-wrap",
        "RETROSPOT TEA SET CERAMIC 11 PC, other",
        "BAGUETTE TRAY, other"
    })
    void theFirstMatchingWordRuleWins(String description, String category) {
        assertThat(Categories.of(description)).isEqualTo(category);
    }
}
