package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record files far larger than the heap are read one record at a time: the built jar, run as its
 * own process with a 128 MiB heap (the language detector's model alone holds about 48 MiB), indexes
 * a 300 MB JSON lines file and a 150 MB JSON array whose records each carry 200 KB of junk beside a
 * short text, and every record becomes an article. A reader that held the file, or even a few
 * hundred records, would run out of memory; the JVM is told to exit at the first OutOfMemoryError,
 * so none can be caught and hidden.
 */
class LargeRecordFileIT {
  private static final int JUNK_CHARS = 200 * 1024;
  private static final int JSONL_RECORDS = 1500; // about 300 MB
  private static final int JSON_RECORDS = 750; // about 150 MB

  @TempDir Path temp;

  /** A record: a short text naming its number, and a large field no article needs. */
  private static void writeRecord(Writer out, String file, int number, String junk)
      throws IOException {
    out.write("{\"title\": \"Record ");
    out.write(Integer.toString(number));
    out.write("\", \"text\": \"Story ");
    out.write(Integer.toString(number));
    out.write(" of ");
    out.write(file);
    out.write(" about grain.\", \"date\": \"2023-05-01\", \"junk\": \"");
    out.write(junk);
    out.write("\"}");
  }

  private static String junk() {
    StringBuilder junk = new StringBuilder(JUNK_CHARS);
    for (int i = 0; junk.length() < JUNK_CHARS; i++) {
      junk.append("filler").append(i % 1000).append(' ');
    }
    junk.setLength(JUNK_CHARS);
    return junk.toString();
  }

  @Test
  void recordFilesLargerThanTheHeapAreStreamed() throws IOException, InterruptedException {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Path index = temp.resolve("index");
    String junk = junk();
    Path lines = corpus.resolve("big.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(lines, StandardCharsets.UTF_8)) {
      for (int i = 1; i <= JSONL_RECORDS; i++) {
        writeRecord(out, "lines", i, junk);
        out.write('\n');
      }
    }
    Path array = corpus.resolve("big.json");
    try (BufferedWriter out = Files.newBufferedWriter(array, StandardCharsets.UTF_8)) {
      out.write("[\n");
      for (int i = 1; i <= JSON_RECORDS; i++) {
        writeRecord(out, "array", i, junk);
        out.write(i < JSON_RECORDS ? ",\n" : "\n");
      }
      out.write("]\n");
    }
    assertTrue(Files.size(lines) > 300_000_000L, "the JSON lines file: " + Files.size(lines));
    assertTrue(Files.size(array) > 150_000_000L, "the JSON file: " + Files.size(array));

    try {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process run =
          new ProcessBuilder(
                  List.of(
                      java,
                      "-Xmx128m",
                      "-XX:+ExitOnOutOfMemoryError",
                      "-jar",
                      Path.of("target", "corpus.jar").toAbsolutePath().toString(),
                      "index",
                      corpus.toString(),
                      "--index",
                      index.toString(),
                      "--format",
                      "json"))
              .redirectError(temp.resolve("stderr.txt").toFile())
              .start();
      String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(run.waitFor(2, TimeUnit.MINUTES), "the index run finished");
      String err = Files.readString(temp.resolve("stderr.txt"));
      assertEquals(0, run.exitValue(), () -> "exit code; stderr:\n" + err);

      JsonNode summary = new ObjectMapper().readTree(out);
      assertEquals(0, summary.get("skipped").size(), () -> summary.get("skipped").toString());
      assertEquals(JSONL_RECORDS + JSON_RECORDS, summary.get("added").asInt(), out);
      assertEquals(JSONL_RECORDS + JSON_RECORDS, summary.get("documents").asInt(), out);
    } finally {
      // Half a gigabyte should not wait for the end of the build to be freed.
      Files.deleteIfExists(lines);
      Files.deleteIfExists(array);
    }
  }
}
