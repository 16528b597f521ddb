package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.tests.store.MockDirectoryWrapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Index runs on Lucene's MockDirectoryWrapper, which fails writes at random or when a simulated
 * disk is full. Whatever fails, the run ends in an exception (never a half-made commit), the last
 * commit stays readable and whole, and the next run completes the index.
 */
class FaultInjectionTest {
  private static final Path FIXTURE = Path.of("src/test/resources/fixture-corpus");
  private static final int FIXTURE_ARTICLES = 15;

  /**
   * How many of the random-failure runs the injected faults stopped: the test must test something.
   */
  private static final AtomicInteger STOPPED = new AtomicInteger();

  @TempDir Path temp;

  @AfterAll
  static void faultsWereInjected() {
    assertTrue(STOPPED.get() > 0, "no random fault ever stopped a run");
  }

  private static IndexRequest request(Path corpus) {
    return new IndexRequest(corpus, "*.txt", false, 2, 4); // a checkpoint every 4 files
  }

  private static MockDirectoryWrapper faulty(Path index, long seed) throws IOException {
    MockDirectoryWrapper dir = new MockDirectoryWrapper(new Random(seed), FSDirectory.open(index));
    dir.setCheckIndexOnClose(false); // checked below, on the files as the failed run left them
    return dir;
  }

  /** Articles in the last commit, after CheckIndex finds it clean; 0 when nothing was committed. */
  private static int lastCommit(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return 0;
      }
      try (CheckIndex check = new CheckIndex(dir)) {
        assertTrue(check.checkIndex().clean, "the last commit is whole");
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return reader.numDocs();
      }
    }
  }

  private static void completes(Path corpus, Path index) throws IOException {
    new CorpusIndexer(Clock.systemUTC()).index(index, request(corpus), IndexProgress.NONE);
    assertEquals(FIXTURE_ARTICLES, lastCommit(index));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomWriteFailuresLeaveTheLastCommitWhole(long seed) throws IOException {
    Path index = Files.createDirectories(temp.resolve("index"));
    MockDirectoryWrapper dir = faulty(index, seed);
    dir.setRandomIOExceptionRate(0.02);
    dir.setRandomIOExceptionRateOnOpen(0.02);
    try {
      new CorpusIndexer(Clock.systemUTC()).index(dir, index, request(FIXTURE), IndexProgress.NONE);
    } catch (IOException | RuntimeException expected) {
      STOPPED.incrementAndGet(); // the injected failure, as the user would see it: the run stops
    } finally {
      dir.setRandomIOExceptionRate(0);
      dir.setRandomIOExceptionRateOnOpen(0);
      dir.close();
    }
    int committed = lastCommit(index);
    assertTrue(committed >= 0 && committed <= FIXTURE_ARTICLES);
    completes(FIXTURE, index);
  }

  @ParameterizedTest(name = "crash after {0} files")
  @ValueSource(ints = {3, 6, 9, 13})
  void aMachineCrashLosesOnlyWhatWasNotCommitted(int filesBeforeCrash) throws IOException {
    Path index = Files.createDirectories(temp.resolve("index"));
    MockDirectoryWrapper dir = faulty(index, filesBeforeCrash);
    AtomicInteger done = new AtomicInteger();
    IndexProgress crashPartWay =
        new IndexProgress() {
          @Override
          public void fileDone(long bytes) {
            if (done.incrementAndGet() == filesBeforeCrash) {
              try {
                // Like pulling the plug: files not yet synced are lost or garbled.
                dir.crash();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
          }
        };
    try {
      new CorpusIndexer(Clock.systemUTC()).index(dir, index, request(FIXTURE), crashPartWay);
    } catch (IOException | RuntimeException crashed) {
      // the run cannot go on after the crash
    } finally {
      dir.close();
    }
    int committed = lastCommit(index);
    assertTrue(
        committed <= filesBeforeCrash, "only checkpoints before the crash survive: " + committed);
    completes(FIXTURE, index);
  }

  @Test
  void aFullDiskFailsTheRunAndKeepsThePreviousIndex() throws IOException {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    try (Stream<Path> files = Files.walk(FIXTURE)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = corpus.resolve(FIXTURE.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    Path index = temp.resolve("index");
    completes(corpus, index);
    for (int i = 0; i < 40; i++) {
      Files.writeString(
          corpus.resolve("more" + i + ".txt"),
          "date 2024-05-0" + (1 + i % 9) + "\n\n" + "More text. ".repeat(400));
    }
    long used;
    try (Stream<Path> files = Files.list(index)) {
      used = files.mapToLong(f -> f.toFile().length()).sum();
    }
    MockDirectoryWrapper dir = faulty(index, 11);
    dir.setMaxSizeInBytes(used + 20_000); // room for a little, not for 40 more articles
    try {
      IOException full =
          assertThrows(
              IOException.class,
              () ->
                  new CorpusIndexer(Clock.systemUTC())
                      .index(dir, index, request(corpus), IndexProgress.NONE));
      assertTrue(
          full.getMessage().contains("disk full"),
          "the first failure, not a closed writer: " + full);
    } finally {
      dir.setMaxSizeInBytes(0);
      dir.close();
    }
    int committed = lastCommit(index);
    assertTrue(
        committed >= FIXTURE_ARTICLES && committed <= FIXTURE_ARTICLES + 40,
        "nothing already indexed is lost: " + committed);
  }
}
