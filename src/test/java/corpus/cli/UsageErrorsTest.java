package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command line the tool cannot act on: exit code 2, an {@code error: } line naming the mistake,
 * the command's usage line, no stack trace, nothing on stdout, and no work done (no index built).
 * Asking for help or the version is not a mistake: exit code 0, on stdout.
 */
class UsageErrorsTest {
  @TempDir Path temp;

  /** The command line with {@code --index} pointing at a folder that does not exist yet. */
  private String[] withIndex(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--index");
    all.add(temp.resolve("index").toString());
    return all.toArray(String[]::new);
  }

  /**
   * Arguments: what is wrong, the command line, the command whose usage applies, a word the message
   * must show.
   */
  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("unknown option", List.of("search", "putin", "--bogus"), "search", "--bogus"),
        Arguments.of("unknown command", List.of("bogus"), "", "bogus"),
        Arguments.of("unknown command asking for help", List.of("bogus", "--help"), "", "bogus"),
        Arguments.of(
            "unknown option beside --help",
            List.of("search", "--help", "--bogus"),
            "search",
            "--bogus"),
        Arguments.of("missing query argument", List.of("search"), "search", "QUERY"),
        Arguments.of("missing kwic query argument", List.of("kwic"), "kwic", "QUERY"),
        Arguments.of(
            "corpus folder that does not exist",
            List.of("index", "/no/such/folder"),
            "index",
            "/no/such/folder"),
        Arguments.of(
            "month 13", List.of("search", "putin", "--from", "2024-13-01"), "search", "2024-13-01"),
        Arguments.of("not a date", List.of("freq", "--to", "yesterday"), "freq", "yesterday"),
        Arguments.of(
            "month 13 is named", List.of("freq", "--to", "2023-13-01"), "freq", "no month 13"),
        Arguments.of(
            "a day the month lacks is named",
            List.of("freq", "--from", "2023-02-30"),
            "freq",
            "2023-02 has no day 30"),
        Arguments.of(
            "--from after --to",
            List.of("search", "putin", "--from", "2024-05-01", "--to", "2024-01-01"),
            "search",
            "2024-05-01"),
        Arguments.of(
            "unknown format", List.of("search", "putin", "--format", "xml"), "search", "xml"),
        Arguments.of("unknown docs format", List.of("docs", "--format", "xml"), "docs", "xml"),
        Arguments.of(
            "negative search limit",
            List.of("search", "putin", "--limit", "-1"),
            "search",
            "--limit"),
        Arguments.of(
            "negative kwic limit", List.of("kwic", "putin", "--limit", "-1"), "kwic", "--limit"),
        Arguments.of(
            "limit that is not a number",
            List.of("search", "putin", "--limit", "ten"),
            "search",
            "ten"),
        Arguments.of("negative top", List.of("freq", "--top", "-1"), "freq", "--top"),
        Arguments.of("6-grams", List.of("freq", "--ngram", "6"), "freq", "--ngram"),
        Arguments.of("zero min-count", List.of("freq", "--min-count", "0"), "freq", "--min-count"),
        Arguments.of("unknown period", List.of("freq", "--by", "fortnight"), "freq", "fortnight"),
        Arguments.of(
            "zero kwic width", List.of("kwic", "putin", "--width", "0"), "kwic", "--width"),
        Arguments.of(
            "unknown search sort",
            List.of("search", "putin", "--sort", "sideways"),
            "search",
            "sideways"),
        Arguments.of(
            "unknown kwic sort",
            List.of("kwic", "putin", "--sort", "sideways"),
            "kwic",
            "sideways"),
        Arguments.of(
            "malformed glob",
            List.of("index", CliChecks.bundledCorpus().toString(), "--glob", "[a"),
            "index",
            "[a"),
        Arguments.of(
            "zero threads",
            List.of("index", CliChecks.bundledCorpus().toString(), "--threads", "0"),
            "index",
            "--threads must be at least 1"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("mistakes")
  void aMistakeInTheCommandLineIsExitCode2WithTheMessageAndTheUsageLine(
      String description, List<String> args, String command, String shown) {
    CliRunner.Run run = new CliRunner().run(withIndex(args.toArray(String[]::new)));

    assertEquals(2, run.exitCode(), () -> "exit code; stderr: " + run.err());
    assertEquals("", run.out(), "nothing on stdout");
    CliChecks.assertNoStackTrace(run.err());
    List<String> lines = CliChecks.lines(run.err());
    String first = lines.isEmpty() ? "" : lines.get(0);
    assertTrue(
        first.startsWith("error: "), () -> "stderr does not start with 'error: ':\n" + run.err());
    assertTrue(first.contains(shown), () -> "the message does not show '" + shown + "': " + first);
    String synopsis = command.isEmpty() ? "corpus [" : "corpus " + command + " [";
    assertTrue(
        run.err().contains(synopsis),
        () -> "no usage line for '" + synopsis + "...':\n" + run.err());
    assertFalse(Files.exists(temp.resolve("index")), "a refused command line created the index");
  }

  /**
   * The usage line on an error reads as it does at the top of --help: {@code Usage: corpus ...}.
   */
  @Test
  void theUsageLineAfterAMistakeIsLabelledUsageAsInHelp() {
    List<Executable> checks = new ArrayList<>();
    mistakes()
        .forEach(
            arguments -> {
              @SuppressWarnings("unchecked")
              List<String> args = (List<String>) arguments.get()[1];
              String command = (String) arguments.get()[2];
              String label =
                  command.isEmpty() ? "Usage: corpus [" : "Usage: corpus " + command + " [";
              CliRunner.Run run = new CliRunner().run(withIndex(args.toArray(String[]::new)));
              checks.add(
                  () ->
                      assertTrue(
                          run.err().contains(label),
                          () -> args + ": no '" + label + "...' in:\n" + run.err()));
            });

    assertAll(checks);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typos")
  void aTypoGetsTheNearestCommandOrOptionInTheErrorLine(List<String> args, String suggested) {
    CliRunner.Run run = new CliRunner().run(withIndex(args.toArray(String[]::new)));

    assertEquals(2, run.exitCode(), run.err());
    String first = CliChecks.lines(run.err()).get(0);
    assertTrue(first.contains("did you mean '" + suggested), first);
  }

  static Stream<Arguments> typos() {
    return Stream.of(
        Arguments.of(List.of("serch", "putin"), "search"),
        Arguments.of(List.of("kwik", "putin"), "kwic"),
        Arguments.of(List.of("search", "putin", "--limti", "5"), "--limit"),
        Arguments.of(List.of("freq", "--keep-stopword"), "--keep-stopwords"));
  }

  @Test
  void anUnknownCommandIsNamedAsACommand() {
    CliRunner.Run run = new CliRunner().run("serch", "putin");

    assertTrue(run.err().startsWith("error: unknown command 'serch'"), run.err());
  }

  @Test
  void helpCommandShowsTheHelpOfTheCommandItNames() {
    CliRunner.Run run = new CliRunner().run("help", "search");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("Usage: corpus search "), run.out());
  }

  @Test
  void noCommandAtAllIsAUsageError() {
    CliRunner.Run run = new CliRunner().run();

    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("error: "), run.err());
    assertTrue(run.err().contains("corpus [-hV]"), run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void helpGoesToStdoutWithExitCodesAndExamples(String option) {
    CliRunner.Run run = new CliRunner().run(option);

    assertEquals(0, run.exitCode());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("Usage: corpus "), run.out());
    for (String command : List.of("index", "docs", "search", "kwic", "freq", "stats")) {
      assertTrue(run.out().contains("\n  " + command + " "), () -> "help does not list " + command);
    }
    assertTrue(run.out().contains("Exit codes:"), run.out());
    assertTrue(run.out().matches("(?s).*\\n  2 +bad usage.*"), run.out());
    assertTrue(
        run.out().matches("(?s).*\\n  130 +a shell's question stopped by Ctrl-C.*"), run.out());
    assertTrue(run.out().contains("Examples:"), run.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"index", "docs", "search", "kwic", "freq", "stats"})
  void everyCommandsHelpShowsItsUsageAndAnExample(String command) {
    CliRunner.Run run = new CliRunner().run(command, "--help");

    assertEquals(0, run.exitCode());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("Usage: corpus " + command + " "), run.out());
    int examples = run.out().indexOf("Examples:\n");
    assertTrue(examples > 0, () -> "no examples in:\n" + run.out());
    assertTrue(
        run.out().substring(examples).contains("\n  corpus " + command),
        () -> "no example of 'corpus " + command + "' in:\n" + run.out());
  }

  @Test
  void searchHelpShowsAQueryExample() {
    CliRunner.Run run = new CliRunner().run("search", "--help");

    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("  corpus search putin\n"), run.out());
  }

  @Test
  void versionGoesToStdoutWithToolAndLuceneVersions() {
    CliRunner.Run run = new CliRunner().run("--version");

    assertEquals(0, run.exitCode());
    assertEquals("", run.err());
    List<String> lines = CliChecks.lines(run.out());
    assertTrue(lines.get(0).matches("corpus \\d+\\.\\d+\\.\\d+.*"), run.out());
    assertTrue(run.out().contains("Lucene 9.12"), run.out());
  }

  /** Help fits an 80-column terminal, and every example can be pasted as it is shown. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "index", "docs", "search", "kwic", "freq", "trend", "compare", "stats", "verify"
      })
  void helpFitsEightyColumnsAndItsExamplesArePastable(String command) {
    CliRunner.Run run =
        command.isEmpty() ? new CliRunner().run("--help") : new CliRunner().run(command, "--help");
    List<String> lines = CliChecks.lines(run.out());

    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      assertTrue(line.length() <= 80, () -> "over 80 columns: " + line);
      // picocli may wrap after any dot: a path, an extension or a dotted field must not be cut.
      String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
      assertFalse(
          line.endsWith(".") && next.matches(" {6,}[a-z/].*"),
          () -> "a word cut at its dot: " + line + " / " + next);
    }
    if (!command.isEmpty() && run.out().contains("--index")) {
      assertTrue(run.out().contains(".corpus-index"), "the default index path in one piece");
    }
    int examples = lines.indexOf("Examples:");
    assertTrue(examples > 0, run.out());
    for (int i = examples + 1; i < lines.size() && !lines.get(i).isEmpty(); i++) {
      String line = lines.get(i);
      boolean continued = lines.get(i - 1).endsWith("\\");
      assertTrue(
          line.startsWith("  corpus ")
              || line.startsWith("  source <(corpus ")
              || (continued && line.startsWith("      ")),
          "an example line that is not a command or its continuation: " + line);
    }
  }

  @Test
  void theCommandListGivesEachCommandAWholeSentence() {
    List<String> lines = CliChecks.lines(new CliRunner().run("--help").out());
    int first = lines.indexOf("Commands:") + 1;

    // A command's summary is its line and the indented lines that continue it.
    for (int i = first; i < lines.size() && lines.get(i).startsWith("  "); i++) {
      StringBuilder summary = new StringBuilder(lines.get(i));
      while (i + 1 < lines.size() && lines.get(i + 1).startsWith("    ")) {
        summary.append(' ').append(lines.get(++i).strip());
      }
      assertTrue(summary.toString().endsWith("."), () -> "cut mid-sentence: " + summary);
    }
  }

  @Test
  void theUsageLineAfterAMistakeFitsEightyColumnsAndLinesUpAsInHelp() {
    String err = new CliRunner().run("search").err();
    String help = new CliRunner().run("search", "--help").out();

    String usage = err.substring(err.indexOf("Usage: "), err.indexOf("Try '"));
    assertTrue(
        help.startsWith(usage), () -> "usage after an error:\n" + usage + "\nhelp:\n" + help);
    for (String line : CliChecks.lines(usage)) {
      assertTrue(line.length() <= 80, () -> "over 80 columns: " + line);
    }
  }
}
