package corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.load.date.DateSource;
import corpus.load.date.DatedText;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  private static final Pattern DATE_HEADER =
      Pattern.compile("\\A\\s*date (\\d{4}-\\d{2}-\\d{2})\\s+");

  /** Stands in for the real date rules: understands only {@code date YYYY-MM-DD} at the start. */
  private static final BiFunction<String, String, DatedText> FAKE_DATES =
      (id, text) -> {
        Matcher header = DATE_HEADER.matcher(text);
        if (header.lookingAt()) {
          return new DatedText(
              text.substring(header.end()),
              LocalDate.parse(header.group(1)),
              DateSource.HEADER,
              null);
        }
        return new DatedText(text, null, null, null);
      };

  @TempDir Path folder;

  private final ArticleReader reader = new ArticleReader(FAKE_DATES);

  private SourceFile source(Path file) throws IOException {
    return new SourceFile(
        file,
        folder.relativize(file).toString().replace('\\', '/'),
        Files.size(file),
        Files.getLastModifiedTime(file).toMillis());
  }

  private SourceFile write(String name, byte[] bytes) throws IOException {
    return source(Files.write(folder.resolve(name), bytes));
  }

  private SourceFile write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Article loaded(LoadOutcome outcome) {
    return assertInstanceOf(LoadOutcome.Loaded.class, outcome, outcome::toString).article();
  }

  private static Skipped notLoaded(LoadOutcome outcome) {
    return assertInstanceOf(LoadOutcome.NotLoaded.class, outcome, outcome::toString).skipped();
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void readsADatedUtf8Article() throws IOException {
    var file = write("a.txt", "date 2024-08-22\nA headline\n\nThe body text.\n");
    var article = loaded(reader.read(file));
    assertEquals(
        new Article(
            "a.txt",
            "a.txt",
            "A headline",
            "A headline\n\nThe body text.\n",
            LocalDate.of(2024, 8, 22),
            DateSource.HEADER,
            null,
            null,
            "en",
            LanguageOrigin.DETECTED,
            "UTF-8",
            article.contentHash(),
            file.size(),
            file.modifiedMillis()),
        article);
  }

  @Test
  void hashIsLowerCaseHexSha256OfTheRawBytes() throws IOException {
    // The FIPS 180-2 test vector for "abc".
    var article = loaded(reader.read(write("abc.txt", "abc")));
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", article.contentHash());
  }

  @Test
  void sizeAndModifiedTimeComeFromTheListing() throws IOException {
    var listed = write("a.txt", "text");
    var stale = new SourceFile(listed.path(), listed.id(), 1234, 5678);
    var article = loaded(reader.read(stale));
    assertEquals(1234, article.size());
    assertEquals(5678, article.modifiedMillis());
  }

  @Test
  void dateStepSeesTheIdAndTheTextWithoutByteOrderMark() throws IOException {
    var calls = new ArrayList<List<String>>();
    var recording =
        new ArticleReader(
            (id, text) -> {
              calls.add(List.of(id, text));
              return new DatedText(text, null, null, null);
            });
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "Body".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);
    Files.createDirectories(folder.resolve("sub"));
    var article = loaded(recording.read(write("sub/b.txt", bytes)));
    assertEquals(List.of(List.of("sub/b.txt", "Body")), calls);
    assertNull(article.date());
    assertNull(article.dateSource());
  }

  @Test
  void utf16WithByteOrderMarkIsDecoded() throws IOException {
    byte[] text = "date 2023-12-18 Привет, мир".getBytes(StandardCharsets.UTF_16BE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFE;
    bytes[1] = (byte) 0xFF;
    System.arraycopy(text, 0, bytes, 2, text.length);
    var article = loaded(reader.read(write("u16.txt", bytes)));
    assertEquals("Привет, мир", article.text());
    assertEquals("UTF-16BE", article.encoding());
    assertEquals(LocalDate.of(2023, 12, 18), article.date());
  }

  @Test
  void windows1252FileRecordsItsEncoding() throws IOException {
    byte[] bytes = "\u201cCaf\u00e9\u201d opens".getBytes(Charset.forName("windows-1252"));
    var article = loaded(reader.read(write("old.txt", bytes)));
    assertEquals("“Café” opens", article.text());
    assertEquals("windows-1252", article.encoding());
  }

  @Test
  void headerTitleWinsOverTheFirstLine() throws IOException {
    var withHeaderTitle =
        new ArticleReader((id, text) -> new DatedText(text, null, null, "From the header"));
    var article = loaded(withHeaderTitle.read(write("t.txt", "First line")));
    assertEquals("From the header", article.title());
  }

  @Test
  void binaryFileIsSkipped() throws IOException {
    var file = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertEquals(new Skipped("image.txt", "binary (NUL bytes)"), notLoaded(reader.read(file)));
  }

  @Test
  void controlCharacterFileIsSkipped() throws IOException {
    var file = write("ctl.txt", new byte[] {1, 2, 3, 4, 5, 'a', 'b', 6, 7, 8});
    assertEquals(
        new Skipped("ctl.txt", "binary (control characters)"), notLoaded(reader.read(file)));
  }

  @Test
  void emptyAndWhitespaceFilesAreSkipped() throws IOException {
    assertEquals(
        new Skipped("empty.txt", "empty file"), notLoaded(reader.read(write("empty.txt", ""))));
    assertEquals(
        new Skipped("blank.txt", "whitespace only"),
        notLoaded(reader.read(write("blank.txt", "  \n\t\n"))));
  }

  @Test
  void fileWithOnlyADateHeaderIsSkipped() throws IOException {
    var file = write("header.txt", "date 2024-01-01\n\n");
    assertEquals(
        new Skipped("header.txt", "empty after date header"), notLoaded(reader.read(file)));
  }

  @Test
  void folderNamedLikeAnArticleIsUnreadableNotAnException() throws IOException {
    // Tests run as root, which reads any file whatever its mode, so unreadability comes from
    // reading a folder instead.
    Path dir = Files.createDirectory(folder.resolve("x.txt"));
    var skipped = notLoaded(reader.read(new SourceFile(dir, "x.txt", 4096, 0)));
    assertEquals("x.txt", skipped.id());
    assertTrue(skipped.reason().startsWith("unreadable: "), skipped.reason());
  }

  @Test
  void fileDeletedAfterListingIsUnreadable() throws IOException {
    var file = write("gone.txt", "soon gone");
    Files.delete(file.path());
    assertEquals(new Skipped("gone.txt", "unreadable: no such file"), notLoaded(reader.read(file)));
  }

  @Test
  void fileOverTheLimitIsSkippedWithoutBeingRead() throws IOException {
    Path huge = folder.resolve("huge.txt");
    try (var sparse = new RandomAccessFile(huge.toFile(), "rw")) {
      // Sparse: takes no disk space, and is never read because the size check comes first.
      sparse.setLength(ArticleReader.MAX_BYTES + 1);
    }
    assertEquals(
        new Skipped("huge.txt", "too large (65 MiB)"), notLoaded(reader.read(source(huge))));
  }

  @Test
  void thirtyMegabyteFileIsReadWhole() throws IOException, NoSuchAlgorithmException {
    var text = new StringBuilder("date 2024-02-29\nA large file\n");
    String paragraph = "Über den Fluss — the quick brown fox jumps over the lazy dog.\n";
    while (text.length() < 30_000_000) {
      text.append(paragraph);
    }
    text.append("THE END");
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    assertTrue(bytes.length > 30_000_000);
    var article = loaded(reader.read(write("large.txt", bytes)));
    assertEquals(text.length() - "date 2024-02-29\n".length(), article.text().length());
    assertTrue(article.text().endsWith(paragraph + "THE END"));
    assertEquals(sha256(bytes), article.contentHash());
    assertEquals("A large file", article.title());
    assertEquals(LocalDate.of(2024, 2, 29), article.date());
  }

  @Test
  void twoThreadsReadingAtOnceGetTheSameResultsAsOne()
      throws IOException, InterruptedException, ExecutionException {
    var files = new ArrayList<SourceFile>();
    for (int i = 0; i < 200; i++) {
      String day = String.format(Locale.ROOT, "%02d", 1 + i % 28);
      files.add(write("f" + i + ".txt", "date 2024-01-" + day + " Text " + i));
    }
    var expected = files.stream().map(reader::read).toList();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      var futures = new ArrayList<Future<List<LoadOutcome>>>();
      for (int thread = 0; thread < 2; thread++) {
        futures.add(pool.submit(() -> files.stream().map(reader::read).toList()));
      }
      for (var future : futures) {
        assertEquals(expected, future.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void bundledSampleArticlesAllLoad() throws IOException {
    var listing = new CorpusWalker().list(SampleCorpus.folder());
    var articles =
        listing.files().stream().map(reader::read).map(ArticleReaderTest::loaded).toList();
    assertEquals(5, articles.size());
    for (var article : articles) {
      assertEquals("UTF-8", article.encoding());
      assertTrue(article.contentHash().matches("[0-9a-f]{64}"), article.contentHash());
      assertTrue(!article.title().isEmpty() && article.title().length() <= 140, article.title());
    }
    var first = articles.get(0);
    assertEquals(LocalDate.of(2024, 8, 22), first.date());
    assertTrue(first.text().startsWith("BEIJING, August 22. /TASS/."), first.text());
    assertTrue(first.title().startsWith("Top officials in Russia and China have total faith"));
  }
}
