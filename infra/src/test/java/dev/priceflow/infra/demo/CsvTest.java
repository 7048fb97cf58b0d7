package dev.priceflow.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedFieldsKeepCommasAndDoubledQuotes() {
        assertThat(Csv.parse("536365,\"SET 3 RETROSPOT TEA,COFFEE,SUGAR\",\"12\"\" RULER\",,2.55"))
                .containsExactly("536365", "SET 3 RETROSPOT TEA,COFFEE,SUGAR", "12\" RULER", "", "2.55");
    }

    @Test
    void writtenLinesParseBackToTheSameFields() {
        String line = Csv.line("a,b", "say \"hi\"", "plain", 3);

        assertThat(line).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",plain,3");
        assertThat(Csv.parse(line)).containsExactly("a,b", "say \"hi\"", "plain", "3");
    }

    @Test
    void anUnterminatedQuoteIsRejected() {
        assertThatThrownBy(() -> Csv.parse("1,\"open")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unterminated");
    }
}
