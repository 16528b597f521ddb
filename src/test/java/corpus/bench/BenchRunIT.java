package corpus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code bench/run} in its smoke mode (a 3 MB corpus, one run) after the jar is packaged, so
 * the harness cannot rot: the table of measurements and the table of the same articles indexed as
 * .txt files, JSON lines, CSV and HTML pages. It checks that every measurement produced a figure
 * for corpus; it asserts no speed (figures are read from BENCHMARKS.md, never tested). Tools the
 * machine lacks (hyperfine, ripgrep) make their baseline cells "n/a", not failures.
 */
class BenchRunIT {
  @Test
  void theSmokeRunMeasuresEveryRow() throws IOException, InterruptedException {
    Process bench =
        new ProcessBuilder("bench/run", "--size", "smoke", "--runs", "1", "--no-build")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String table = new String(bench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(bench.waitFor(10, TimeUnit.MINUTES), "bench/run finished");
    assertEquals(0, bench.exitValue(), table);
    List<String> rows =
        table
            .lines()
            .filter(line -> line.startsWith("| ") && !line.startsWith("| measurement"))
            .filter(line -> !line.startsWith("| shape"))
            .toList();
    // The measurements, then one row per shape of the same articles: txt, jsonl, csv, html.
    assertEquals(22 + 4, rows.size(), table);
    for (String row : rows) {
      String ours = row.split("\\|")[2].strip();
      assertTrue(
          ours.matches(".*\\d.*") && !ours.startsWith("n/a"), "no figure for corpus in: " + row);
    }
    // Issue 13's rows: dispersion's share of freq, bigrams in a 1 GiB heap, and collocates of a
    // node chosen from the corpus (named with its occurrences) against a streaming pass.
    assertTrue(
        rows.stream()
            .anyMatch(
                row -> row.matches("\\| freq --top 100 --parts none .*dispersion adds [-+]\\d.*")),
        table);
    assertTrue(
        rows.stream()
            .anyMatch(
                row ->
                    row.matches(
                        "\\| freq --ngram 2 --top 100 \\(1 GiB heap\\) \\| .*peak RSS (\\d+ MB|n/a).*")),
        table);
    assertTrue(
        rows.stream().anyMatch(row -> row.matches("\\| collocates [a-z]+ \\(\\d+ occurrences, .*")),
        table);
    assertTrue(
        rows.stream().anyMatch(row -> row.matches("\\| collocates [a-z]+ --by year \\| .*")),
        table);
    // Issue 15's rows: one shell asked 300 questions, and a cold search of the bundled corpus.
    assertTrue(
        rows.stream()
            .anyMatch(
                row ->
                    row.matches(
                        "\\| corpus shell, 300 mixed questions .*\\| p50 [\\d.]+ ms, p99 [\\d.]+ ms,"
                            + " total [\\d.]+ s \\|.*")),
        table);
    assertTrue(
        rows.stream().anyMatch(row -> row.startsWith("| search putin on the bundled corpus")),
        table);
    List<String> shapes = rows.subList(22, rows.size());
    for (String shape : List.of("txt", "jsonl", "csv", "html")) {
      assertTrue(
          shapes.stream().anyMatch(row -> row.startsWith("| " + shape + " | ")),
          "a row for " + shape + " in:\n" + table);
    }
    assertTrue(Path.of("bench/work/results-smoke.md").toFile().isFile(), "the table is kept");
    // bin/corpus, which every row ran, made its class-data-sharing archive: once the archive run
    // failed unseen, and every command started without it.
    assertTrue(Path.of("target/corpus.jsa").toFile().isFile(), "bin/corpus made target/corpus.jsa");
  }
}
