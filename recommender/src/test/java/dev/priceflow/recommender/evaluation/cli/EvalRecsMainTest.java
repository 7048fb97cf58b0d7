package dev.priceflow.recommender.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalRecsMainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EvalRecsMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void malformedLineIsReportedWithItsNumberAndANonZeroExit() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "user,item,rating,timestamp\nu1,i1,1,100\nu2,i2,abc,100\n");
        assertThat(run("--interactions", file.toString(), "--format", "csv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 3").contains("rating 'abc' is not a number");
    }

    @Test
    void wrongFieldCountInMovieLensIsReported() throws IOException {
        Path file = dir.resolve("u.data");
        Files.writeString(file, "1\t2\t5\t881250949\n1\t3\t4\n");
        assertThat(run("--interactions", file.toString(), "--format", "movielens")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2").contains("expected 4 fields");
    }

    @Test
    void badOptionsExitTwoWithUsage() {
        assertThat(run("--interactions", "x.csv", "--split", "1.5")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--split").contains("usage:");
    }

    @Test
    void evaluatesEveryModelOnAMovieLensFile() throws IOException {
        Path file = dir.resolve("u.data");
        StringBuilder text = new StringBuilder();
        Random random = new Random(3);
        for (int u = 1; u <= 60; u++) {
            int base = u % 2 == 0 ? 0 : 40;
            for (int j = 0; j < 12; j++) {
                text.append(u).append('\t').append(base + random.nextInt(40)).append('\t')
                        .append(1 + random.nextInt(5)).append('\t').append(880000000 + j).append('\n');
            }
        }
        Files.writeString(file, text);
        assertThat(run("--interactions", file.toString(), "--format", "movielens", "--k", "5", "--seed", "42",
                "--factors", "8", "--iterations", "5")).isEqualTo(0);
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("recommender (blend)").contains("popularity").contains("item-kNN")
                .contains("nDCG@5").contains("MAP@5").contains("coverage");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ALS iteration 5/5");
        out.reset();
        run("--interactions", file.toString(), "--format", "movielens", "--k", "5", "--seed", "42",
                "--factors", "8", "--iterations", "5");
        String again = out.toString(StandardCharsets.UTF_8);
        assertThat(metricsOnly(again)).isEqualTo(metricsOnly(table));
    }

    @Test
    void derivesOnlineRetailInteractionsFromSaleLinesOnly() throws IOException {
        Path tx = dir.resolve("tx.csv");
        Files.writeString(tx, """
                InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
                536365,85123A,"HEART, WHITE",6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom
                536366,85123A,HEART,2,2010-12-02 08:26:00,2.55,17850.0,United Kingdom
                C536367,71053,LANTERN,-1,2010-12-03 08:26:00,3.39,17850.0,United Kingdom
                536368,POST,POSTAGE,1,2010-12-03 08:26:00,18.0,17850.0,United Kingdom
                536369,71053,LANTERN,1,2010-12-03 08:26:00,3.39,,United Kingdom
                """);
        Path outFile = dir.resolve("out.csv");
        assertThat(run("--derive-online-retail", tx.toString(), "--out", outFile.toString())).isEqualTo(0);
        assertThat(Files.readAllLines(outFile)).containsExactly("user,item,rating,timestamp",
                "17850,85123A,2,1291191960");
    }

    private static String metricsOnly(String table) {
        return table.lines().filter(l -> !l.startsWith("total")).map(l -> l.replaceAll("\\s+\\d+$", ""))
                .reduce("", (a, b) -> a + b + "\n");
    }
}
