package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Shared checks for what the command line prints when something goes wrong. */
final class CliChecks {
  private CliChecks() {}

  /** A line of a Java stack trace, or the start of a chained cause. */
  private static final Pattern STACK_TRACE =
      Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|^Caused by: |at org\\.apache|Exception in thread");

  /** The sample corpus bundled with the tool; Surefire sets the property. */
  static Path bundledCorpus() {
    return Path.of(System.getProperty("corpus.bundled", "corpus")).toAbsolutePath();
  }

  /** Indexes the bundled corpus into {@code indexDir} and checks that it worked. */
  static void indexBundledCorpus(Path indexDir) {
    CliRunner.Run run =
        new CliRunner().run("index", bundledCorpus().toString(), "--index", indexDir.toString());
    assertEquals(0, run.exitCode(), () -> "indexing the bundled corpus failed: " + run.err());
  }

  /** Runs one command line against {@code index}, as if {@code --index index} ended it. */
  static CliRunner.Run runOn(String index, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--index");
    all.add(index);
    return new CliRunner().run(all.toArray(String[]::new));
  }

  /** The lines of a stream's text; an empty text has none. */
  static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : text.lines().toList();
  }

  static void assertNoStackTrace(String err) {
    assertFalse(STACK_TRACE.matcher(err).find(), () -> "a stack trace on stderr:\n" + err);
  }

  /**
   * The run printed exactly one line on stderr, starting with {@code error: }, and no stack trace.
   *
   * @return that line
   */
  static String assertOneErrorLine(CliRunner.Run run) {
    assertNoStackTrace(run.err());
    List<String> lines = lines(run.err());
    assertEquals(1, lines.size(), () -> "expected one line on stderr, got:\n" + run.err());
    assertTrue(run.err().endsWith("\n"), () -> "the error line is not ended: " + run.err());
    String line = lines.get(0);
    assertTrue(line.startsWith("error: "), () -> "the line does not start with 'error: ': " + line);
    return line;
  }

  /** Damages an index the way a bad disk would: one byte in its largest segment file. */
  static void flipAByteInTheLargestSegmentFile(Path index) throws IOException {
    Path largest;
    try (Stream<Path> files = Files.list(index)) {
      largest =
          files
              .filter(f -> !f.getFileName().toString().startsWith("segments"))
              .filter(f -> !f.getFileName().toString().equals("write.lock"))
              .max(Comparator.comparingLong(f -> f.toFile().length()))
              .orElseThrow();
    }
    try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
      long middle = file.length() / 2;
      file.seek(middle);
      int original = file.read();
      file.seek(middle);
      file.write(original ^ 0x5A);
    }
  }
}
