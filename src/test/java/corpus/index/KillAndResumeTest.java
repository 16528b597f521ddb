package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import corpus.query.lucene.LuceneCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes killed with SIGKILL part-way through an index run: after every kill the index
 * opens, passes CheckIndex and holds each article at most once, each run goes on from the last
 * checkpoint instead of starting over, and a last run completes the index with every article.
 */
class KillAndResumeTest {
  private static final int FILES = 3_000;

  @TempDir Path temp;

  private static Path corpus(Path root) throws IOException {
    Random random = new Random(42);
    String[] words = {
      "harbour", "strike", "drought", "council", "vote", "river", "grain", "port", "union", "price"
    };
    for (int i = 0; i < FILES; i++) {
      var text =
          new StringBuilder("date ")
              .append(LocalDate.of(2020, 1, 1).plusDays(i % 1500))
              .append("\n\n");
      for (int w = 0; w < 150 + random.nextInt(150); w++) {
        text.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
      }
      Path folder = Files.createDirectories(root.resolve("part" + (i % 10)));
      Files.writeString(folder.resolve("a" + i + ".txt"), text);
    }
    return root;
  }

  private static final int RECORD_FILES = 30;
  private static final int RECORDS_PER_FILE = 200;

  /**
   * JSON lines files of many records each: a checkpoint may come while another thread is part-way
   * through a file, so a kill leaves some of a file's records committed.
   */
  private static Path recordCorpus(Path root) throws IOException {
    Random random = new Random(43);
    String[] words = {"gas", "pipeline", "tariff", "summit", "grain", "port", "sanctions", "yuan"};
    Files.createDirectories(root);
    for (int f = 0; f < RECORD_FILES; f++) {
      StringBuilder lines = new StringBuilder();
      for (int r = 0; r < RECORDS_PER_FILE; r++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 150 + random.nextInt(150); w++) {
          text.append(words[random.nextInt(words.length)]).append(' ');
        }
        lines
            .append("{\"date\": \"")
            .append(LocalDate.of(2021, 1, 1).plusDays((f * RECORDS_PER_FILE + r) % 900))
            .append("\", \"text\": \"")
            .append(text.toString().strip())
            .append("\"}\n");
      }
      Files.writeString(root.resolve("feed" + f + ".jsonl"), lines);
    }
    return root;
  }

  private static Process indexRun(Path corpus, Path index, int commitEvery) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "corpus.cli.Main",
            "index",
            corpus.toString(),
            "--index",
            index.toString(),
            "--commit-every",
            String.valueOf(commitEvery),
            "--threads",
            "2")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Live articles in the last commit, after checking the index and that no id is there twice. */
  private static int checkedArticles(Path index) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return 0;
      }
      try (CheckIndex check = new CheckIndex(dir)) {
        assertTrue(check.checkIndex().clean, "CheckIndex finds the index clean");
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        Set<String> ids = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
          SortedDocValues values = DocValues.getSorted(leaf.reader(), Schema.ID);
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            boolean live =
                leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(doc);
            if (live && values.advanceExact(doc)) {
              assertTrue(
                  ids.add(values.lookupOrd(values.ordValue()).utf8ToString()),
                  "an article indexed twice");
            }
          }
        }
        assertEquals(reader.numDocs(), ids.size());
        return ids.size();
      }
    }
  }

  /**
   * The generation and commit data of the index's last commit, or null while there is none to read.
   */
  private record Commit(long generation, Map<String, String> data) {}

  private static Commit lastCommit(Path index) {
    try (FSDirectory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return null;
      }
      SegmentInfos commit = SegmentInfos.readLatestCommit(dir);
      return new Commit(commit.getGeneration(), commit.getUserData());
    } catch (IOException racingTheWriter) {
      return null; // a commit being written or an old one being deleted: look again
    }
  }

  /**
   * Waits until the run has committed a checkpoint of its own (a newer commit marked incomplete),
   * then a random moment more, and kills it. Never by the clock alone: on a slow machine a JVM
   * takes longer to start, and a kill at a fixed time could land before the first checkpoint.
   *
   * @return true when the run finished by itself instead
   */
  private static boolean killAfterItsNextCheckpoint(Process run, Path index, Random random)
      throws IOException, InterruptedException {
    Commit before = lastCommit(index);
    long generationBefore = before == null ? -1 : before.generation();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5); // a hang, not a slow machine
    while (run.isAlive()) {
      Commit now = lastCommit(index);
      if (now != null
          && now.generation() > generationBefore
          && "false".equals(now.data().get("run_complete"))) {
        if (run.waitFor(random.nextInt(400), TimeUnit.MILLISECONDS)) {
          return true;
        }
        run.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback
        assertTrue(run.waitFor(30, TimeUnit.SECONDS));
        return false;
      }
      assertTrue(
          System.nanoTime() < deadline, "the index run committed no checkpoint in 5 minutes");
      Thread.sleep(10);
    }
    return true;
  }

  @Test
  void killedRunsLoseNothingCommittedAndTheNextRunFinishesTheJob() throws Exception {
    killAndResume(corpus(temp.resolve("corpus")), FILES, 250);
  }

  @Test
  void killedRunsPartWayThroughRecordFilesIndexNoRecordTwice() throws Exception {
    List<Integer> committed =
        killAndResume(recordCorpus(temp.resolve("records")), RECORD_FILES * RECORDS_PER_FILE, 2);
    // Whole files hold RECORDS_PER_FILE each: another count means a kill left part of a file
    // committed, the case this test is for.
    assertTrue(
        committed.stream().anyMatch(n -> n % RECORDS_PER_FILE != 0),
        "no kill left a file part-way: " + committed);
  }

  /**
   * @return the articles each kill left committed
   */
  private List<Integer> killAndResume(Path corpus, int articles, int commitEvery) throws Exception {
    Path index = temp.resolve("index-" + corpus.getFileName());
    Random delays = new Random(7);
    int before = 0;
    int kills = 0;
    List<Integer> committedAtKills = new ArrayList<>();
    for (int kill = 0; kill < 5; kill++) {
      Process run = indexRun(corpus, index, commitEvery);
      boolean finished = killAfterItsNextCheckpoint(run, index, delays);
      int now = checkedArticles(index);
      if (now > 0 && now < articles) {
        try (LuceneCorpus partial = LuceneCorpus.open(index)) {
          assertTrue(!partial.metadata().complete(), "a checkpoint is marked incomplete");
          assertTrue(
              partial.metadata().filesRead() > 0
                  && partial.metadata().filesRead() % commitEvery == 0,
              "and says how far the run got");
          assertTrue(
              IndexFreshness.staleNote(partial.metadata())
                  .orElseThrow()
                  .contains("stopped before it finished"),
              "queries say the last run did not finish");
        }
      }
      if (finished) {
        assertTrue(
            now >= before, "a run goes on from the last checkpoint: " + before + " then " + now);
        break;
      }
      // Killed after a checkpoint of its own: that checkpoint's articles must have survived.
      assertTrue(
          now > before,
          "a killed run keeps its checkpoint and goes on from the last: "
              + before
              + " then "
              + now);
      kills++;
      committedAtKills.add(now);
      before = now;
    }
    assertTrue(kills > 0, "at least one run was killed part-way");

    new CorpusIndexer(Clock.systemUTC())
        .index(
            index,
            new IndexRequest(corpus, IndexRequest.DEFAULT_GLOB, false, 2),
            IndexProgress.NONE);
    assertEquals(articles, checkedArticles(index));
    try (LuceneCorpus done = LuceneCorpus.open(index)) {
      assertTrue(done.metadata().complete());
      assertEquals(List.of(), IndexFreshness.staleNote(done.metadata()).stream().toList());
    }
    return committedAtKills;
  }
}
