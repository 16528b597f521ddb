package corpus.cli;

import static corpus.cli.CliChecks.assertOneErrorLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An index that cannot be used (damaged, locked, not a folder, missing with nothing to build it
 * from) ends the command with one clear line, never a stack trace.
 */
class IndexFailuresTest {
  @TempDir Path temp;
  private Path index;

  @BeforeEach
  void indexBundledCorpus() {
    index = temp.resolve("index");
    CliChecks.indexBundledCorpus(index);
  }

  private CliRunner.Run run(Path indexDir, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--index");
    all.add(indexDir.toString());
    return new CliRunner().run(all.toArray(String[]::new));
  }

  private List<Path> indexFiles() throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.sorted().toList();
    }
  }

  private Path segmentsFile() throws IOException {
    return indexFiles().stream()
        .filter(file -> file.getFileName().toString().startsWith("segments_"))
        .findFirst()
        .orElseThrow();
  }

  /** Overwrites 16 bytes in the middle of every non-empty file of the index. */
  private void scribbleOverEveryIndexFile() throws IOException {
    for (Path file : indexFiles()) {
      long size = Files.size(file);
      if (size == 0) {
        continue; // write.lock
      }
      try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
        raw.seek(size / 2);
        byte[] junk = new byte[(int) Math.min(16, size - size / 2)];
        Arrays.fill(junk, (byte) 0x5A);
        raw.write(junk);
      }
    }
  }

  static Stream<List<String>> queryCommands() {
    return Stream.of(
        List.of("search", "putin"),
        List.of("kwic", "putin"),
        List.of("freq"),
        List.of("docs"),
        List.of("stats"),
        List.of("trend", "putin"),
        List.of("compare", "--a-to", "2023-06-30", "--b-from", "2023-07-01"));
  }

  static Stream<List<String>> commandsThatReadTheIndex() {
    return Stream.concat(
        queryCommands(), Stream.of(List.of("index", CliChecks.bundledCorpus().toString())));
  }

  private static void assertUnreadableIndexReported(CliRunner.Run run) {
    assertEquals(1, run.exitCode(), () -> "exit code; stderr: " + run.err());
    assertEquals("", run.out(), "nothing on stdout");
    String line = assertOneErrorLine(run);
    assertTrue(
        line.contains("index"), () -> "the message does not say the index is the problem: " + line);
    assertTrue(
        line.contains("--rebuild"), () -> "the message does not say how to recover: " + line);
  }

  @ParameterizedTest
  @MethodSource("commandsThatReadTheIndex")
  void anIndexWithEveryFileDamagedIsExitCode1WithOneLine(List<String> command) throws IOException {
    scribbleOverEveryIndexFile();

    assertUnreadableIndexReported(run(index, command.toArray(String[]::new)));
  }

  @ParameterizedTest
  @MethodSource("commandsThatReadTheIndex")
  void anIndexWithATruncatedCommitIsExitCode1WithOneLine(List<String> command) throws IOException {
    Path segments = segmentsFile();
    try (FileChannel channel = FileChannel.open(segments, StandardOpenOption.WRITE)) {
      channel.truncate(Files.size(segments) / 2);
    }

    assertUnreadableIndexReported(run(index, command.toArray(String[]::new)));
  }

  /** The message tells the user to run 'corpus index --rebuild', so that must work. */
  @Test
  void rebuildRecoversADamagedIndex() throws IOException {
    scribbleOverEveryIndexFile();

    CliRunner.Run rebuild = run(index, "index", CliChecks.bundledCorpus().toString(), "--rebuild");
    assertEquals(0, rebuild.exitCode(), () -> "rebuild failed: " + rebuild.err());

    CliRunner.Run search = run(index, "search", "putin");
    assertEquals(0, search.exitCode(), search.err());
    assertTrue(search.out().startsWith("4 hits"), search.out());
  }

  @Test
  void aLuceneIndexWrittenBySomethingElseIsExitCode1WithOneLine() throws IOException {
    Path foreign = temp.resolve("foreign");
    try (Directory dir = FSDirectory.open(foreign);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new TextField("text", "putin met xi", Field.Store.YES));
      writer.addDocument(doc);
      writer.commit();
    }

    CliRunner.Run run = run(foreign, "search", "putin");

    assertEquals(1, run.exitCode(), run.err());
    assertEquals("", run.out());
    String line = assertOneErrorLine(run);
    assertTrue(line.contains(foreign.toString()), line);
  }

  @ParameterizedTest
  @MethodSource("commandsThatReadTheIndex")
  void anIndexPathThatIsARegularFileIsRefusedWithOneLineAndTheFileKept(List<String> command)
      throws IOException {
    Path file =
        Files.writeString(temp.resolve("notes.txt"), "not an index\n", StandardCharsets.UTF_8);

    CliRunner.Run run = run(file, command.toArray(String[]::new));

    assertTrue(
        run.exitCode() == 1 || run.exitCode() == 2,
        () -> "exit code " + run.exitCode() + ": " + run.err());
    assertEquals("", run.out());
    String line = assertOneErrorLine(run);
    assertTrue(line.contains(file.toString()), () -> "the message does not name the path: " + line);
    assertTrue(
        line.matches("(?i).*(not a (folder|directory)|is a (regular )?file).*"),
        () -> "the message does not say the path is not a folder: " + line);
    assertEquals("not an index\n", Files.readString(file), "the file was changed");
  }

  private static IndexWriter holdWriteLock(Directory dir) throws IOException {
    // Never commits: the index stays as the last 'corpus index' run left it.
    return new IndexWriter(dir, new IndexWriterConfig().setCommitOnClose(false));
  }

  @Test
  void indexingWhileAnotherWriterHoldsTheLockIsExitCode1NamingTheIndex() throws IOException {
    try (Directory dir = FSDirectory.open(index);
        IndexWriter held = holdWriteLock(dir)) {
      assertTrue(held.isOpen(), "the test holds the write lock");
      for (boolean rebuild : new boolean[] {false, true}) {
        CliRunner.Run run =
            rebuild
                ? run(index, "index", CliChecks.bundledCorpus().toString(), "--rebuild")
                : run(index, "index", CliChecks.bundledCorpus().toString());

        assertEquals(1, run.exitCode(), () -> "exit code; stderr: " + run.err());
        assertEquals("", run.out());
        String line = assertOneErrorLine(run);
        assertTrue(
            line.contains(index.toString()), () -> "the message does not name the index: " + line);
        assertTrue(
            line.contains("another"),
            () -> "the message does not say another run holds it: " + line);
      }
    }
  }

  @Test
  void queriesStillAnswerFromTheLastCommitWhileTheIndexIsLocked() throws IOException {
    try (Directory dir = FSDirectory.open(index);
        IndexWriter held = holdWriteLock(dir)) {
      held.deleteAll(); // uncommitted: readers must not see it

      CliRunner.Run run = run(index, "search", "putin");

      assertEquals(0, run.exitCode(), run.err());
      assertEquals("", run.err());
      assertTrue(run.out().startsWith("4 hits"), run.out());
    }
  }

  @Test
  void theLockIsGoneOnceTheOtherWriterCloses() throws IOException {
    try (Directory dir = FSDirectory.open(index);
        IndexWriter held = holdWriteLock(dir)) {
      assertTrue(held.isOpen(), "the test holds the write lock");
      assertEquals(1, run(index, "index", CliChecks.bundledCorpus().toString()).exitCode());
    }

    CliRunner.Run run = run(index, "index", CliChecks.bundledCorpus().toString());

    assertEquals(0, run.exitCode(), run.err());
  }

  /**
   * A named index that does not exist (a typo in --index, or $CORPUS_INDEX) is an error naming it
   * and the command that builds it: never an answer from the sample corpus indexed into it.
   */
  @ParameterizedTest
  @MethodSource("queryCommands")
  void aNamedIndexThatDoesNotExistIsExitCode1AndCreatesNothing(List<String> command) {
    Path missing = temp.resolve("reuters-indx");
    List<String> args = new ArrayList<>(command);
    args.add("--index");
    args.add(missing.toString());

    CliRunner.Run run = new CliRunner().run(args.toArray(String[]::new));

    assertEquals(1, run.exitCode(), run.err());
    assertEquals("", run.out());
    String line = assertOneErrorLine(run);
    assertTrue(line.contains(missing.toString()), () -> "does not name the index: " + line);
    assertTrue(line.contains("corpus index"), () -> "does not say how to build it: " + line);
    assertFalse(Files.exists(missing), "an index folder was created");
  }

  @ParameterizedTest
  @MethodSource("queryCommands")
  void anIndexNamedByTheEnvironmentIsNotBuiltEither(List<String> command) {
    Path missing = temp.resolve("from-environment");

    CliRunner.Run run =
        new CliRunner()
            .variable("CORPUS_INDEX", missing.toString())
            .run(command.toArray(String[]::new));

    assertEquals(1, run.exitCode(), run.err());
    assertTrue(assertOneErrorLine(run).contains(missing.toString()), run.err());
    assertFalse(Files.exists(missing), "an index folder was created");
  }

  @Test
  void indexingAFolderWithNoMatchingFileSaysSoAndWhichPattern() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("no-articles"));
    Files.writeString(empty.resolve("notes.md"), "not an article\n");

    CliRunner.Run run =
        new CliRunner()
            .run("index", empty.toString(), "--index", temp.resolve("empty-index").toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("no file in"), run.err());
    assertTrue(run.err().contains("'*.{txt,html,htm,json,jsonl,"), run.err());
  }

  /**
   * Damaged stored text can make Lucene fail with an ArrayIndexOutOfBoundsException instead of a
   * CorruptIndexException: the user still hears that the index is damaged and how to rebuild it.
   */
  @ParameterizedTest
  @MethodSource("queryCommands")
  void damageThatLuceneMeetsAsARuntimeErrorIsStillCalledDamage(List<String> command)
      throws IOException {
    Path storedText;
    try (Stream<Path> files = Files.list(index)) {
      storedText = files.filter(f -> f.toString().endsWith(".fdt")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(storedText);
    for (int i = 200; i < Math.min(bytes.length - 100, 1200); i++) {
      bytes[i] ^= 0x5a;
    }
    Files.write(storedText, bytes);

    CliRunner.Run run = run(index, command.toArray(String[]::new));

    if (run.exitCode() != 0) { // some questions never read the stored text
      String line = assertOneErrorLine(run);
      assertEquals(1, run.exitCode(), line);
      assertFalse(line.contains("unexpected"), line);
      assertTrue(line.contains("cannot be read") && line.contains("--rebuild"), line);
    }
  }

  @Test
  void docsOnDamagedStoredTextSaysTheIndexIsDamaged() throws IOException {
    damageThatLuceneMeetsAsARuntimeErrorIsStillCalledDamage(List.of("docs"));

    assertEquals(1, run(index, "docs").exitCode());
  }
}
