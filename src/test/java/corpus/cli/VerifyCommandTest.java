package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corpus verify}: a damaged index and a folder that moved on are found; a healthy one
 * passes.
 */
class VerifyCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CliRunner CLI = new CliRunner();

  @TempDir Path temp;
  private Path corpus;
  private String index;

  @BeforeEach
  void indexACopyOfTheSample() throws IOException {
    corpus = Files.createDirectories(temp.resolve("corpus"));
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path file : files.toList()) {
        Files.copy(file, corpus.resolve(file.getFileName()));
      }
    }
    index = temp.resolve("index").toString();
    assertEquals(0, CLI.run("index", corpus.toString(), "--index", index).exitCode());
  }

  private JsonNode verify(int exitCode, String... options) throws IOException {
    String[] args =
        Stream.concat(Stream.of("verify", "--index", index, "--format", "json"), Stream.of(options))
            .toArray(String[]::new);
    CliRunner.Run run = CLI.run(args);
    assertEquals(exitCode, run.exitCode(), run.err() + run.out());
    return JSON.readTree(run.out());
  }

  @Test
  void aFreshIndexIsHealthy() throws IOException {
    JsonNode report = verify(0);
    assertTrue(report.get("healthy").asBoolean());
    assertEquals(5, report.get("documents").asLong());
    assertEquals(0, report.get("damage").size());
    assertTrue(verify(0, "--fast").get("checksums_only").asBoolean());
  }

  @Test
  void aFlippedByteInASegmentFileIsFound() throws IOException {
    CliChecks.flipAByteInTheLargestSegmentFile(Path.of(index));
    // Checksums alone find it, and so does the full check (--verbose only stands in for "no
    // --fast").
    for (String mode : new String[] {"--fast", "--verbose"}) {
      JsonNode report = verify(3, mode);
      assertFalse(report.get("healthy").asBoolean());
      assertTrue(report.get("damage").size() > 0, report.toString());
    }
  }

  @Test
  void filesAddedRemovedOrChangedSinceTheIndexRunAreListed() throws IOException {
    Files.writeString(corpus.resolve("new.txt"), "date 2024-09-01\n\nA new article about Putin.\n");
    Files.writeString(corpus.resolve("empty.txt"), ""); // skipped by an index run: not missing
    try (Stream<Path> files = Files.list(corpus)) {
      Path[] sample =
          files
              .filter(f -> f.getFileName().toString().startsWith("00"))
              .sorted()
              .toArray(Path[]::new);
      Files.delete(sample[0]);
      Files.writeString(sample[1], Files.readString(sample[1]) + "\nA line added later.\n");
    }
    JsonNode agreement = verify(3).get("agreement");
    assertEquals(1, agreement.get("missing_count").asLong());
    assertEquals("new.txt", agreement.get("missing").get(0).asText());
    assertEquals(1, agreement.get("stale_count").asLong());
    assertEquals(1, agreement.get("changed_count").asLong());
  }

  @Test
  void aRunningIndexRunOrNoIndexIsAClearFailure() throws IOException {
    try (FSDirectory dir = FSDirectory.open(Path.of(index));
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      CliRunner.Run locked = CLI.run("verify", "--index", index);
      assertEquals(1, locked.exitCode());
      assertTrue(locked.err().contains(index), locked.err());
      assertEquals(1, locked.err().lines().count(), locked.err());
    }
    Path none = temp.resolve("no-index");
    CliRunner.Run missing = CLI.run("verify", "--index", none.toString());
    assertEquals(1, missing.exitCode());
    assertTrue(missing.err().startsWith("error: there is no index at"), missing.err());
    assertFalse(Files.exists(none), "verify never builds an index");
  }

  @Test
  void damageAndDriftReadDifferentlyInTheTable() throws IOException {
    Files.writeString(corpus.resolve("new.txt"), "Date: 2024-01-01\n\nA new article.\n");

    CliRunner.Run outOfDate = CLI.run("verify", "--index", index);

    assertEquals(3, outOfDate.exitCode());
    assertTrue(outOfDate.out().startsWith("OUT OF DATE"), outOfDate.out());
    assertTrue(outOfDate.out().contains("'corpus index'"), outOfDate.out());
  }

  @Test
  void duringAFirstIndexRunVerifyNamesTheRunNotAMissingIndex() throws IOException {
    Path building = temp.resolve("building");
    try (Directory dir = FSDirectory.open(building);
        Lock held = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      CliRunner.Run run = CLI.run("verify", "--index", building.toString());

      assertEquals(1, run.exitCode());
      assertTrue(run.err().contains("another 'corpus index' run"), run.err());
    }
  }
}
