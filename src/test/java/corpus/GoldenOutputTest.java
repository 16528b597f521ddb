package corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpus.cli.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests: every command in every format, run in-process over the bundled sample corpus
 * ({@code corpus/} in the project folder), compared byte for byte with a file under {@code
 * src/test/resources/golden/}.
 *
 * <p>To regenerate the golden files after a deliberate change in the output, run
 *
 * <pre>
 *   mvn -q -B test -Dtest=GoldenOutputTest -Dgolden.update=true
 * </pre>
 *
 * then read the diff ({@code git diff src/test/resources/golden}) before committing it: a golden
 * file is only worth something if a person has checked what it says. A missing golden file is a
 * failure, never created silently. See {@code src/test/resources/golden/README.md}.
 */
class GoldenOutputTest {
  /** Set to {@code true} to rewrite the golden files instead of comparing against them. */
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** Where the golden files live, relative to the project folder (the test working directory). */
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  /** The bundled sample corpus, given to {@code index} as the relative path a user would type. */
  private static final String CORPUS = "corpus";

  private static final List<String> FORMATS = List.of("json", "csv", "jsonl", "table");

  @TempDir static Path indexDir;

  @BeforeAll
  static void indexSampleCorpus() {
    // One thread, so the index has the same segments on every machine: verify reports them.
    CliRunner.Run run =
        new CliRunner().run("index", CORPUS, "--index", indexDir.toString(), "--threads", "1");
    assertEquals(0, run.exitCode(), () -> "indexing the sample corpus failed:\n" + run.err());
  }

  /** One command line each; the golden file is {@code <name>.<ext>} for every format. */
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Case c :
        List.of(
            new Case("docs", "docs"),
            new Case("docs-undated", "docs", "--undated"),
            new Case("search-putin", "search", "putin"),
            new Case("search-putin-sort-date", "search", "putin", "--sort", "date"),
            new Case(
                "search-vladimir-putin-from-2023",
                "search",
                "\"vladimir putin\"",
                "--from",
                "2023-01-01"),
            new Case("kwic-putin", "kwic", "putin"),
            new Case(
                "kwic-putin-sort-left-width-30",
                "kwic",
                "putin",
                "--sort",
                "left",
                "--width",
                "30"),
            new Case("freq-top-15", "freq", "--top", "15"),
            new Case("freq-by-year-top-5", "freq", "--by", "year", "--top", "5"),
            new Case("freq-ngram-2-top-10", "freq", "--ngram", "2", "--top", "10"),
            new Case("freq-query-putin-top-10", "freq", "--query", "putin", "--top", "10"),
            new Case(
                "trend-putin-li-qiang-by-quarter", "trend", "putin", "li qiang", "--by", "quarter"),
            new Case(
                "compare-2023-halves-top-10",
                "compare",
                "--a-from",
                "2023-01-01",
                "--a-to",
                "2023-06-30",
                "--b-from",
                "2023-07-01",
                "--top",
                "10",
                "--min-count",
                "3"),
            new Case(
                "compare-2023-halves-ngram-2-top-10",
                "compare",
                "--a-from",
                "2023-01-01",
                "--a-to",
                "2023-06-30",
                "--b-from",
                "2023-07-01",
                "--ngram",
                "2",
                "--top",
                "10",
                "--min-count",
                "3"),
            new Case("collocates-russia-top-8", "collocates", "russia", "--top", "8"),
            new Case(
                "collocates-putin-by-year-top-3",
                "collocates",
                "putin",
                "--by",
                "year",
                "--top",
                "3",
                "--min-count",
                "2"),
            new Case(
                "collocates-putin-2023-halves-top-5",
                "collocates",
                "putin",
                "--a-to",
                "2023-06-30",
                "--b-from",
                "2023-07-01",
                "--min-count",
                "2",
                "--top",
                "5"),
            new Case("stats", "stats"),
            new Case("verify", "verify"),
            // Re-running index over the corpus indexed in @BeforeAll: every article unchanged.
            new Case("index", "index", CORPUS, "--threads", "2"))) {
      for (String format : FORMATS) {
        cases.add(Arguments.of(c.name(), format, c.args()));
      }
    }
    return cases.stream();
  }

  private record Case(String name, String... args) {}

  @ParameterizedTest(name = "{0} --format {1}")
  @MethodSource("cases")
  void printsTheGoldenOutput(String name, String format, String[] args) throws IOException {
    List<String> commandLine = commandLine(format, args);
    String actual = normalise(runOk(commandLine));
    String fileName = name + "." + extension(format);
    Path golden = GOLDEN.resolve(fileName);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail(
          "no golden file "
              + golden
              + " for 'corpus "
              + String.join(" ", commandLine)
              + "'."
              + "\nCreate it with: mvn -q -B test -Dtest=GoldenOutputTest -Dgolden.update=true"
              + "\nthen check its content by hand before committing it (see "
              + GOLDEN.resolve("README.md")
              + ").");
    }
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        actual,
        () ->
            "output of 'corpus "
                + String.join(" ", commandLine)
                + "' differs from "
                + golden
                + "; if the change is deliberate, rerun with -Dgolden.update=true and review the diff");
  }

  /**
   * What was checked by hand once in the golden files, checked on every run so that an update
   * cannot bless it away: JSON has a meta object and snake_case field names; JSON lines has one
   * object per line and no meta; CSV starts with a header; every format ends lines with '\n'.
   */
  @ParameterizedTest(name = "{0} --format {1}")
  @MethodSource("cases")
  void printsWellFormedOutput(String name, String format, String[] args) throws IOException {
    String out = runOk(commandLine(format, args));
    assertFalse(out.contains("\r"), "lines end with \\n only");
    assertTrue(out.endsWith("\n"), "the output ends with a line end");
    ObjectMapper json = new ObjectMapper();
    switch (format) {
      case "json" -> {
        JsonNode root = json.readTree(out);
        assertTrue(root.get("meta").isObject(), "JSON output starts with a meta object");
        assertSnakeCase(root, "");
      }
      case "jsonl" -> {
        for (String line : out.split("\n")) {
          JsonNode row = json.readTree(line);
          assertTrue(row.isObject(), () -> "one object per line: " + line);
          assertFalse(row.has("meta"), "JSON lines carry no meta");
          assertSnakeCase(row, "");
        }
      }
      case "csv" -> {
        String header = out.substring(0, out.indexOf('\n'));
        assertTrue(
            header.matches("[a-z][a-z0-9_]*(,[a-z][a-z0-9_]*)*"),
            () -> "the first CSV line is a header: " + header);
      }
      default -> assertFalse(out.isBlank(), "the table is not empty");
    }
  }

  private static void assertSnakeCase(JsonNode node, String path) {
    if (node.isArray()) {
      node.forEach(element -> assertSnakeCase(element, path + "[]"));
    } else if (node.isObject()
        && !path.endsWith(".documents_per_year")) { // keyed by year: data, not names
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        assertTrue(
            field.getKey().matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"),
            () -> "field " + path + "." + field.getKey() + " is not snake_case");
        assertSnakeCase(field.getValue(), path + "." + field.getKey());
      }
    }
  }

  private static List<String> commandLine(String format, String[] args) {
    List<String> commandLine = new ArrayList<>(List.of(args));
    commandLine.addAll(List.of("--format", format, "--index", indexDir.toString()));
    return commandLine;
  }

  /** Runs one command line, which must succeed without a word on stderr, and returns its stdout. */
  private static String runOk(List<String> commandLine) {
    CliRunner.Run run = new CliRunner().run(commandLine.toArray(new String[0]));
    assertEquals(
        0,
        run.exitCode(),
        () -> "'corpus " + String.join(" ", commandLine) + "' failed:\n" + run.err());
    assertEquals(
        "", run.err(), () -> "'corpus " + String.join(" ", commandLine) + "' wrote to stderr");
    return run.out();
  }

  private static String extension(String format) {
    return format.equals("table") ? "txt" : format;
  }

  /**
   * Replaces the values that differ between machines and runs, and nothing else. Each rule only
   * matches its own field, so a volatile value leaking anywhere else still fails the comparison.
   */
  static String normalise(String out) {
    // As the indexer records it: absolute and normalised.
    String absoluteCorpus = Path.of(CORPUS).toAbsolutePath().normalize().toString();
    String result = out;
    // meta.index.updated_at: the instant the last index run committed; changes on every run.
    result = replaceJsonString(result, "updated_at", null, "<updated_at>");
    // meta.index.corpus (and the index summary's "corpus"): the absolute path of the project
    // folder's corpus/, which depends on where the project is checked out.
    result = replaceJsonString(result, "corpus", absoluteCorpus, "<corpus>");
    // The heading of the index table, "indexed /abs/path/corpus": the same absolute path.
    result = result.replace("indexed " + absoluteCorpus + "\n", "indexed <corpus>\n");
    // meta.options.index: the --index folder, a fresh @TempDir on every run.
    result = replaceJsonString(result, "index", indexDir.toString(), "<index>");
    // meta.tool_version: the project version, which changes with every release.
    result = replaceJsonString(result, "tool_version", null, "<tool_version>");
    return result;
  }

  /**
   * Replaces the string value of every JSON field {@code name} by {@code replacement}: any value
   * when {@code value} is null, else only that exact value.
   */
  private static String replaceJsonString(
      String json, String name, String value, String replacement) {
    String valuePattern = value == null ? "[^\"]*" : Pattern.quote(value);
    Pattern field =
        Pattern.compile("(\"" + Pattern.quote(name) + "\"\\s*:\\s*\")" + valuePattern + "\"");
    return field
        .matcher(json)
        .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + replacement + "\""));
  }
}
