package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corpus shell} fed lines: each line answers exactly as the same command run on its own,
 * errors are the command line's, and a commit made elsewhere is seen by the next line.
 */
class ShellTest {
  @TempDir static Path temp;
  static Path index;

  @BeforeAll
  static void indexBundledCorpus() {
    index = temp.resolve("index");
    CliRunner.Run run = new CliRunner().run("index", "corpus", "--index", index.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  /** Drops what says when the index was written, the one thing two runs may print differently. */
  private static String timeless(String out) {
    return out.replaceAll("\"updated_at\": \"[^\"]*\"", "\"updated_at\": \"…\"");
  }

  @Test
  void eachLineAnswersAsTheCommandOnItsOwn() {
    List<String> lines =
        List.of(
            "stats --format json",
            "search putin --limit 2",
            "corpus kwic \"russia and china\" --limit 3",
            "freq --top 5 --format csv",
            "trend china --format json");
    CliRunner.Run shell =
        new CliRunner()
            .stdin(String.join("\n", lines) + "\n")
            .run("shell", "--index", index.toString());
    assertEquals(0, shell.exitCode(), shell.err());
    assertEquals("", shell.err());
    StringBuilder separately = new StringBuilder();
    for (String line : lines) {
      List<String> args = new ArrayList<>(List.of(line.split(" (?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")));
      args.removeIf(word -> word.equals("corpus"));
      args.replaceAll(word -> word.replace("\"", ""));
      args.addAll(List.of("--index", index.toString()));
      CliRunner.Run alone = new CliRunner().run(args.toArray(String[]::new));
      assertEquals(0, alone.exitCode(), alone.err());
      separately.append(alone.out());
    }
    assertTrue(separately.length() > 1000, "the questions have answers");
    assertEquals(timeless(separately.toString()), timeless(shell.out()));
  }

  @Test
  void blankLinesCommentsAndExitEndAsSaid() {
    CliRunner.Run shell =
        new CliRunner()
            .stdin("\n   \n# stats\nstats --format json\nexit\nsearch putin\n")
            .run("shell", "--index", index.toString());
    assertEquals(0, shell.exitCode(), shell.err());
    assertEquals(1, countOf(shell.out(), "\"documents_per_year\""), shell.out());
    assertTrue(!shell.out().contains("putin"), "nothing runs after exit");
  }

  @Test
  void aBadLineIsOneErrorAndTheNextLineStillRuns() {
    CliRunner.Run shell =
        new CliRunner()
            .stdin(
                "serch putin\nsearch \"unclosed\nshell\nsearch \"russia AND\"\nstats --format json\n")
            .run("shell", "--index", index.toString());
    // The exit code of the last line that failed: the invalid query's, a usage error.
    assertEquals(ExitCodes.USAGE, shell.exitCode(), shell.err());
    assertTrue(shell.err().contains("error: unknown command 'serch'; did you mean 'search'?"));
    assertTrue(shell.err().contains("this is the shell already"), shell.err());
    assertTrue(shell.err().contains("error: invalid query 'russia AND'"), shell.err());
    assertEquals(4, countOf(shell.err(), "error: "), shell.err());
    assertEquals(
        1, countOf(shell.out(), "\"documents_per_year\""), "the last line ran: " + shell.out());
    CliRunner.Run failing =
        new CliRunner()
            .stdin("stats --source nosuch\nstats --format json\n")
            .run("shell", "--index", index.toString());
    assertEquals(ExitCodes.USAGE, failing.exitCode(), failing.err());
    assertEquals(1, failing.err().lines().count(), failing.err());
  }

  @Test
  void aCommitMadeElsewhereIsSeenByTheNextLine() throws Exception {
    Path folder = temp.resolve("growing");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("a.txt"), "date 2024-01-02\n\nRussia and China met.");
    Path growing = temp.resolve("growing-index");
    new CliRunner().run("index", folder.toString(), "--index", growing.toString());
    PipedOutputStream typed = new PipedOutputStream();
    PipedInputStream stdin = new PipedInputStream(typed, 1 << 16);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment environment = new CliEnvironment(Map.of(), false, false, null, stdin, null);
    ExecutorService shellThread = Executors.newSingleThreadExecutor();
    try (PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true)) {
      Future<Integer> shell =
          shellThread.submit(
              () ->
                  Main.run(
                      environment, outWriter, errWriter, "shell", "--index", growing.toString()));
      typed.write("stats --format json\n".getBytes(StandardCharsets.UTF_8));
      typed.flush();
      waitFor(out, 1);
      // Another terminal adds an article and commits.
      Files.writeString(folder.resolve("b.txt"), "date 2024-01-03\n\nTrade grew.");
      CliRunner.Run indexed =
          new CliRunner().run("index", folder.toString(), "--index", growing.toString());
      assertEquals(0, indexed.exitCode(), indexed.err());
      typed.write("stats --format json\n".getBytes(StandardCharsets.UTF_8));
      typed.close();
      assertEquals(0, shell.get(60, TimeUnit.SECONDS), err.toString());
    } finally {
      shellThread.shutdownNow();
    }
    String answers = out.toString();
    assertEquals(2, countOf(answers, "\"documents_per_year\""), answers);
    // Each answer's own count of articles, at the top level (meta has one too, deeper in).
    List<String> counts = new ArrayList<>();
    Matcher documents = Pattern.compile("(?m)^  \"documents\": (\\d+)").matcher(answers);
    while (documents.find()) {
      counts.add(documents.group(1));
    }
    assertEquals(List.of("1", "2"), counts, answers);
  }

  @Test
  void twoPlacesForTheCorpusAreAUsageError() {
    CliRunner.Run shell =
        new CliRunner().stdin("stats\n").run("shell", "--index", "x", "--solr", "localhost:1");
    assertEquals(ExitCodes.USAGE, shell.exitCode());
    assertTrue(shell.err().startsWith("error: --index and --solr name two places"), shell.err());
    assertEquals("", shell.out());
  }

  @Test
  void tabCompletesACommandsOwnOptions() throws Exception {
    try (OpenCorpora corpora = new OpenCorpora()) {
      List<String> search = completions(corpora, "search putin --");
      assertTrue(
          search.containsAll(List.of("--limit", "--index", "--format", "--dedup")),
          search.toString());
      assertTrue(!search.contains("--top"), "freq's option is not search's");
      assertTrue(completions(corpora, "freq --").contains("--top"));
      assertEquals(List.of(), completions(corpora, "serch --"));
    }
  }

  /** Runs one line as a shell runs it, on the corpora the shell keeps. */
  private static CliRunner.Run line(OpenCorpora corpora, String... args) {
    CliEnvironment lines =
        new CliEnvironment(Map.of(), false, false, null)
            .inShell(Map.of("CORPUS_INDEX", index.toString()), corpora);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true)) {
      code = Main.run(lines, outWriter, errWriter, args);
    }
    return new CliRunner.Run(code, out.toString(), err.toString());
  }

  @Test
  void ctrlCStopsTheQuestionOfEveryCommandWithOneLineAndCode130() throws Exception {
    List<List<String>> questions =
        List.of(
            List.of("search", "putin"),
            List.of("kwic", "china"),
            List.of("freq", "--top", "5"),
            List.of("trend", "china"),
            List.of("compare", "--a-to", "2022-12-31", "--b-from", "2023-01-01"),
            List.of("collocates", "china"),
            List.of("stats"),
            List.of("docs"));
    try (OpenCorpora corpora = new OpenCorpora()) {
      for (List<String> question : questions) {
        String[] args = question.toArray(String[]::new);
        CliRunner.Run whole = line(corpora, args);
        assertEquals(0, whole.exitCode(), question + ": " + whole.err());
        assertTrue(!whole.out().isEmpty(), question + " answers when not stopped");
        corpora.cancellation().request();
        CliRunner.Run stopped = line(corpora, args);
        assertEquals(ExitCodes.CANCELLED, stopped.exitCode(), question + ": " + stopped.err());
        assertEquals("cancelled\n", stopped.err(), question.toString());
        assertEquals("", stopped.out(), question.toString());
        corpora.cancellation().clear();
        assertEquals(whole.out(), line(corpora, args).out(), question + " answers again after");
      }
    }
  }

  @Test
  void tabCompletesWordsOfTheCorpusOptionValuesAndCommands() throws Exception {
    Set<String> words = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path file : files.toList()) {
        Matcher word = Pattern.compile("\\p{L}+").matcher(Files.readString(file));
        while (word.find()) {
          words.add(word.group().toLowerCase(Locale.ROOT));
        }
      }
    }
    List<String> counted = words.stream().filter(word -> word.startsWith("ch")).toList();
    assertTrue(counted.size() > 3, counted.toString());
    try (OpenCorpora corpora = new OpenCorpora()) {
      assertEquals(List.of(), completions(corpora, "search ch"), "no corpus asked yet");
      assertEquals(0, line(corpora, "stats").exitCode());
      assertEquals(counted, completions(corpora, "search ch"));
      assertEquals(counted, completions(corpora, "kwic --limit 5 Ch"));
      assertEquals(List.of(), completions(corpora, "search --limit ch"), "a number, not a word");
      assertEquals(List.of(), completions(corpora, "index ch"), "a folder, not a word");
      assertEquals(
          List.of(), completions(corpora, "search title:ch"), "query syntax is not a word");
      assertTrue(
          completions(corpora, "search china --format ").containsAll(List.of("json", "csv")));
      assertTrue(
          completions(corpora, "trend china --by ").containsAll(List.of("month", "week", "day")));
      assertTrue(completions(corpora, "sea").contains("search"));
      assertTrue(completions(corpora, "trend china --").contains("--by"));
    }
  }

  private static List<String> completions(OpenCorpora corpora, String typed) {
    ParsedLine line =
        new DefaultParser().parse(typed, typed.length(), Parser.ParseContext.COMPLETE);
    List<Candidate> candidates = new ArrayList<>();
    ShellCommand.complete(corpora, line, candidates);
    return candidates.stream().map(Candidate::value).toList();
  }

  private static void waitFor(StringWriter out, int answers) throws InterruptedException {
    for (int i = 0; i < 600 && countOf(out.toString(), "\"documents_per_year\"") < answers; i++) {
      Thread.sleep(50);
    }
  }

  private static int countOf(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
