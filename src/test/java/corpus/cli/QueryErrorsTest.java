package corpus.cli;

import static corpus.cli.CliChecks.assertOneErrorLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query that cannot be run is the user's mistake: exit code 2, one line on stderr that says what
 * is wrong, nothing on stdout, no stack trace. Checked for every command that takes a query.
 */
class QueryErrorsTest {
  @TempDir static Path shared;
  private static String index;

  @BeforeAll
  static void indexBundledCorpus() {
    Path dir = shared.resolve("index");
    CliChecks.indexBundledCorpus(dir);
    index = dir.toString();
  }

  /** Runs a query through {@code search}, {@code kwic} or {@code freq --query}. */
  private static CliRunner.Run query(String command, String query, String... more) {
    List<String> args = new ArrayList<>();
    args.add(command);
    args.addAll(List.of(more));
    args.add("--index");
    args.add(index);
    if (command.equals("freq")) {
      args.add("--query");
    } else if (query.startsWith("-")) {
      args.add("--"); // as a user types a query that starts with a dash
    }
    args.add(query);
    return new CliRunner().run(args.toArray(String[]::new));
  }

  /** The error line with the echoed query taken out, so that checks see only the explanation. */
  private static String explanation(String line, String query) {
    String shown = query.strip().replaceAll("\\s+", " ");
    return shown.isEmpty() ? line : line.replace(shown, "");
  }

  /** "xaaa", "xaab", ...: distinct words that occur nowhere and are not stop words. */
  private static String word(int i) {
    return "x" + (char) ('a' + i / 676) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
  }

  private static String words(int count, String separator) {
    StringJoiner joined = new StringJoiner(separator);
    for (int i = 0; i < count; i++) {
      joined.add(word(i));
    }
    return joined.toString();
  }

  static Stream<Arguments> unrunnableQueries() {
    String orClauses = words(1_200, " OR ");
    String andClauses = words(2_000, " ");
    return Stream.of(
        Arguments.of("dangling AND", "foo AND", "column \\d+"),
        Arguments.of("unclosed quote", "\"unclosed", "column \\d+"),
        Arguments.of("unclosed parenthesis", "(a OR b", "column \\d+"),
        Arguments.of("unopened parenthesis", "a)", "column \\d+"),
        Arguments.of("leading wildcard", "*tin", "(?i)wildcard"),
        Arguments.of("malformed regular expression", "/[a-/", "(?i)regular expression"),
        Arguments.of(
            "regular expression too complex to determinize", "/(.*a){2000}/", "(?i)too complex"),
        Arguments.of(
            "1,200 distinct words OR-ed (over the clause limit, under the length limit)",
            orClauses,
            "(?i)too many"),
        Arguments.of("2,000 distinct words AND-ed, 9,999 characters", andClauses, "(?i)too many"),
        Arguments.of("10,000 open parentheses", "(".repeat(10_000), "(?i)parenthes.*column 101\\b"),
        Arguments.of(
            "20,000 characters", "putin ".repeat(3_334).substring(0, 20_000), "20000.*10000"),
        Arguments.of("empty", "", "(?i)empty"),
        Arguments.of("blank", " \t  ", "(?i)empty"),
        Arguments.of("ASCII punctuation only", ".,;", "(?i)no searchable words|empty"),
        Arguments.of("a quoted phrase of punctuation", "\"!!!\"", "(?i)no searchable words|empty"),
        Arguments.of(
            "typographic punctuation only", "\u2014 \u2026", "(?i)no searchable words|empty"),
        Arguments.of("a negation only", "NOT putin", "(?i)only excludes"),
        Arguments.of("an excluded word only", "-putin", "(?i)only excludes"),
        Arguments.of("two excluded words", "-putin -xi", "(?i)only excludes"),
        Arguments.of("a negation inside an OR", "russia OR (NOT putin)", "(?i)only excludes"));
  }

  static Stream<Arguments> unrunnableQueriesInEveryCommand() {
    return Stream.of("search", "kwic", "freq")
        .flatMap(
            command ->
                unrunnableQueries()
                    .map(a -> Arguments.of(command, a.get()[0], a.get()[1], a.get()[2])));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("unrunnableQueriesInEveryCommand")
  void anUnrunnableQueryIsAUsageErrorOfOneLineThatSaysWhatIsWrong(
      String command, String description, String query, String what) {
    CliRunner.Run run = query(command, query);

    assertEquals(2, run.exitCode(), () -> "exit code; stderr: " + run.err());
    assertEquals("", run.out(), "nothing on stdout");
    String line = assertOneErrorLine(run);
    assertTrue(
        line.length() <= 300,
        () -> "the error line is " + line.length() + " characters long: " + line);
    String explained = explanation(line, query);
    assertTrue(
        Pattern.compile(what).matcher(explained).find(),
        () -> "the message does not say what is wrong (expected /" + what + "/): " + line);
  }

  /**
   * 1-based columns, as editors and compilers count; {@code query} and the column of its culprit.
   */
  @ParameterizedTest(name = "{0} -> column {1}")
  @MethodSource("misplacedCharacters")
  void aSyntaxErrorNamesTheColumnOfTheOffendingCharacterCountingFromOne(String query, int column) {
    CliRunner.Run run = query("search", query);

    assertEquals(2, run.exitCode(), run.err());
    String line = assertOneErrorLine(run);
    assertTrue(
        explanation(line, query).matches(".*\\bcolumn " + column + "\\b.*"),
        () -> "expected column " + column + " (counting from 1) in: " + line);
  }

  static Stream<Arguments> misplacedCharacters() {
    return Stream.of(
        Arguments.of("a)", 2), // ')' is the 2nd character
        Arguments.of("putin ) china", 7),
        Arguments.of("putin AND AND china", 11),
        Arguments.of("&&", 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"foo AND", "(a OR b", "title:"})
  void aQueryThatStopsTooEarlySaysSoInWordsRatherThanParserTokenNames(String query) {
    CliRunner.Run run = query("search", query);

    assertEquals(2, run.exitCode(), run.err());
    String line = assertOneErrorLine(run);
    String explained = explanation(line, query);
    assertFalse(
        Pattern.compile("<[A-Z_]+>").matcher(explained).find(),
        () -> "the message shows the parser's token names: " + line);
    assertTrue(
        explained.matches("(?i).*\\bend\\b.*"),
        () -> "the message does not say the query ends too early: " + line);
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedBeforeParsingEvenOnASmallStack()
      throws InterruptedException {
    // 9,999 characters: within the length limit, so only the nesting check can refuse it.
    String nested = "(".repeat(4_999) + "putin" + ")".repeat(4_995);
    AtomicReference<Object> outcome = new AtomicReference<>();
    // 256 KB would not hold the parser's recursion 5,000 levels deep; a refusal needs no depth at
    // all.
    Thread small =
        new Thread(
            null,
            () -> {
              try {
                outcome.set(query("search", nested));
              } catch (Throwable t) {
                outcome.set(t);
              }
            },
            "small-stack",
            256 * 1024);
    small.start();
    small.join();

    assertTrue(outcome.get() instanceof CliRunner.Run, () -> "the run threw " + outcome.get());
    CliRunner.Run run = (CliRunner.Run) outcome.get();
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    String line = assertOneErrorLine(run);
    assertTrue(line.contains("column 101"), line);
  }

  @Test
  void nestingUpToTheLimitStillAnswers() {
    CliRunner.Run run = query("search", "(".repeat(100) + "putin" + ")".repeat(100));

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("4 hits"), run.out());
  }

  @Test
  void verboseAddsTheStackTraceAfterTheSameMessage() {
    CliRunner.Run quiet = query("search", "/[a-/");
    CliRunner.Run verbose = query("search", "/[a-/", "--verbose");

    assertEquals(2, verbose.exitCode());
    assertEquals("", verbose.out());
    List<String> lines = CliChecks.lines(verbose.err());
    assertEquals(
        CliChecks.lines(quiet.err()).get(0), lines.get(0), "the first line is the plain message");
    assertTrue(lines.size() > 2, verbose.err());
    assertTrue(
        verbose.err().contains("\tat "), () -> "no stack trace with --verbose:\n" + verbose.err());
  }

  @Test
  void aMalformedQueryIsRefusedBeforeAMissingIndexIsBuilt(@TempDir Path empty) {
    Path fresh = empty.resolve("index");

    CliRunner.Run run = new CliRunner().run("search", "foo AND", "--index", fresh.toString());

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertOneErrorLine(run);
    assertFalse(Files.exists(fresh), "an index was built before the query was looked at");
  }

  /** kwic lines come from the text: a query that only looks in titles is refused, not 0 lines. */
  @ParameterizedTest
  @ValueSource(strings = {"title:putin", "title:putin OR title:xi", "title:putin -moscow"})
  void aKwicQueryThatOnlyLooksInTitlesIsAUsageError(String titlesOnly) {
    CliRunner.Run run = query("kwic", titlesOnly);

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(assertOneErrorLine(run).contains("titles"), run.err());
  }

  @Test
  void titleQueriesStillFindArticlesAndNarrowAConcordance() {
    CliRunner.Run search = query("search", "title:putin");
    CliRunner.Run kwic = query("kwic", "title:putin AND moscow");

    assertEquals(0, search.exitCode(), search.err());
    assertTrue(search.out().startsWith("2 hits"), search.out());
    assertEquals(0, kwic.exitCode(), kwic.err());
    assertTrue(kwic.out().contains("oscow"), kwic.out());
  }

  /** A hit found by its title shows the title as its snippet, the match marked, not bare text. */
  @Test
  void aTitleMatchIsMarkedInTheSnippet() throws Exception {
    CliRunner.Run search = query("search", "title:putin", "--format", "json");

    assertEquals(0, search.exitCode(), search.err());
    JsonNode hits = new ObjectMapper().readTree(search.out()).get("hits");
    assertEquals(2, hits.size(), search.out());
    for (JsonNode hit : hits) {
      String snippet = hit.get("snippet").asText();
      assertTrue(snippet.contains("<mark>Putin</mark>"), snippet);
      assertEquals(hit.get("title").asText(), snippet.replace("<mark>", "").replace("</mark>", ""));
    }
    // A query that matches the text too keeps the text's passage.
    JsonNode both =
        new ObjectMapper()
            .readTree(query("search", "title:putin AND xi", "--format", "json").out())
            .get("hits");
    assertFalse(both.isEmpty());
    for (JsonNode hit : both) {
      assertTrue(hit.get("snippet").asText().contains("<mark>Xi</mark>"), hit.toString());
    }
  }

  /** What is left open is named where it opens, never at a column past the end. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "(putin | the '(' at column 1 is not closed",
        "((a) OR b | the '(' at column 1 is not closed",
        "\"unclosed | the quote at column 1 is not closed",
        "a \"b c\" \"d | the quote at column 9 is not closed"
      })
  void whatIsLeftOpenIsNamedWhereItOpens(String query, String said) {
    String line = assertOneErrorLine(query("search", query));

    assertTrue(line.contains(said), line);
  }
}
