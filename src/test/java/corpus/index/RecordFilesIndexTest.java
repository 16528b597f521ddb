package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.query.DocumentInfo;
import corpus.query.DocumentsQuery;
import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import corpus.query.IndexSummary;
import corpus.query.lucene.LuceneCorpus;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record files (JSON lines, JSON, CSV, gzipped or not) index one article per record, and an
 * incremental run adds, replaces and removes records by content, as it does files.
 */
class RecordFilesIndexTest {
  @TempDir Path temp;
  Path corpus;
  Path index;
  final CorpusIndexer indexer = new CorpusIndexer(Clock.systemUTC());

  private static final String ONE =
      "{\"title\": \"Talks in Beijing\", \"maintext\": \"Putin met Xi in Beijing.\","
          + " \"date_publish\": \"2023-12-19 10:31:00\", \"source_domain\": \"tass.com\"}";
  private static final String TWO =
      "{\"title\": \"Trade grows\", \"maintext\": \"Trade between Russia and China grew.\","
          + " \"date_publish\": \"2024-01-05T08:00:00+03:00\", \"source_domain\": \"xinhua.net\"}";
  private static final String THREE =
      "{\"maintext\": \"MOSCOW, Jan. 9, 2024 (Reuters) - Gas talks resumed.\"}";

  @BeforeEach
  void folders() throws Exception {
    corpus = Files.createDirectories(temp.resolve("corpus"));
    index = temp.resolve("index");
  }

  private void write(String name, String... lines) throws Exception {
    Files.writeString(corpus.resolve(name), String.join("\n", lines) + "\n");
  }

  private IndexSummary run(String... fields) throws Exception {
    return indexer.index(
        index,
        new IndexRequest(
            corpus, IndexRequest.DEFAULT_GLOB, false, 2, 10_000, Arrays.asList(fields)),
        IndexProgress.NONE);
  }

  private Map<String, DocumentInfo> documents() throws Exception {
    try (LuceneCorpus opened = LuceneCorpus.open(index)) {
      return opened.documents(new DocumentsQuery(false)).documents().stream()
          .collect(Collectors.toMap(DocumentInfo::id, d -> d));
    }
  }

  private static List<Integer> counts(IndexSummary summary) {
    return List.of(summary.added(), summary.updated(), summary.removed(), summary.unchanged());
  }

  @Test
  void eachRecordIsAnArticleWithItsDateSourceAndTitle() throws Exception {
    write("news.jsonl", ONE, TWO, THREE);

    IndexSummary summary = run();

    assertEquals(List.of(3, 0, 0, 0), counts(summary));
    Map<String, DocumentInfo> docs = documents();
    assertEquals(3, docs.size(), docs.toString());
    DocumentInfo first = docs.get("news.jsonl#1");
    assertEquals("Talks in Beijing", first.title());
    assertEquals(LocalDate.of(2023, 12, 19), first.date());
    assertEquals("field", first.dateSource());
    assertEquals("tass.com", first.source());
    assertEquals("field", first.sourceOrigin());
    // The date as written, never moved by its zone.
    assertEquals(LocalDate.of(2024, 1, 5), docs.get("news.jsonl#2").date());
    // No fields for date or source: the text's dateline gives both.
    DocumentInfo third = docs.get("news.jsonl#3");
    assertEquals(LocalDate.of(2024, 1, 9), third.date());
    assertEquals("dateline", third.dateSource());
    assertEquals("Reuters", third.source());
    assertEquals("dateline", third.sourceOrigin());
    assertEquals(
        List.of(
            new IndexSummary.FileFields(
                "news.jsonl",
                Map.of(
                    "text", List.of("maintext"),
                    "title", List.of("title"),
                    "date", List.of("date_publish"),
                    "source", List.of("source_domain")))),
        summary.fields());
  }

  @Test
  void aChangedFileHasItsRecordsAddedReplacedAndRemovedByContent() throws Exception {
    write("news.jsonl", ONE, TWO, THREE);
    run();

    write(
        "news.jsonl", ONE, TWO, THREE, "{\"text\": \"A fourth story.\", \"date\": \"2024-02-01\"}");
    assertEquals(List.of(1, 0, 0, 3), counts(run()), "an appended record is the only change");

    write("news.jsonl", ONE, TWO.replace("grew", "fell"), THREE);
    assertEquals(List.of(0, 1, 1, 2), counts(run()), "one replaced, the fourth removed");
    assertTrue(documents().get("news.jsonl#2").title().equals("Trade grows"));

    Files.delete(corpus.resolve("news.jsonl"));
    assertEquals(List.of(0, 0, 3, 0), counts(run()), "a deleted file takes its records along");
    assertEquals(0, documents().size());
  }

  @Test
  void recordsOfAFileARunDidNotFinishAreReadAgainAndNeverIndexedTwice() throws Exception {
    write("news.jsonl", ONE, TWO, THREE);
    run();
    // As a run killed part-way through the file leaves it: its records marked unfinished.
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      writer.updateDocValues(
          new Term(Schema.ID, "news.jsonl#3"),
          new NumericDocValuesField(Schema.SIZE, Schema.SIZE_PENDING));
      writer.setLiveCommitData(
          IndexFacts.metadata(dir).toCommitData().entrySet(), true); // same metadata
      writer.commit();
    }

    IndexSummary again = run();

    assertEquals(List.of(0, 0, 0, 3), counts(again), "read again, found unchanged");
    assertEquals(3, documents().size());
    assertEquals(List.of(0, 0, 0, 3), counts(run()), "and then known as whole");
  }

  @Test
  void badLinesAreSkippedWithTheirLineAndTheRestIsIndexed() throws Exception {
    write("news.jsonl", ONE, "{\"text\": \"broken", "[1, 2]", "{\"title\": \"no text\"}", TWO);

    IndexSummary summary = run();

    assertEquals(2, summary.documents());
    Map<String, String> skipped =
        summary.skipped().stream()
            .collect(
                Collectors.toMap(IndexSummary.SkippedFile::id, IndexSummary.SkippedFile::reason));
    assertEquals(3, skipped.size(), skipped.toString());
    assertTrue(skipped.get("news.jsonl#2").startsWith("line 2: "), skipped.toString());
    assertTrue(skipped.get("news.jsonl#3").startsWith("line 3: "), skipped.toString());
    assertTrue(skipped.get("news.jsonl#4").startsWith("line 4: no text"), skipped.toString());
    assertEquals(LocalDate.of(2024, 1, 5), documents().get("news.jsonl#5").date());
  }

  @Test
  void aTruncatedGzipStreamKeepsTheRecordsBeforeTheDamage() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      lines.append("{\"text\": \"Story number ").append(i).append(" about gas.\"}\n");
    }
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(packed)) {
      gzip.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = packed.toByteArray();
    Files.write(corpus.resolve("big.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
    write("other.jsonl", ONE);

    IndexSummary summary = run();

    long fromTheDamagedFile = summary.documents() - 1;
    assertTrue(fromTheDamagedFile > 0 && fromTheDamagedFile < 2000, "kept " + fromTheDamagedFile);
    assertTrue(
        summary.skipped().stream()
            .anyMatch(
                s -> s.id().equals("big.jsonl.gz") && s.reason().contains("damaged gzip stream")),
        summary.skipped().toString());
    assertTrue(documents().containsKey("other.jsonl#1"));
  }

  @Test
  void aGivenIdNamesTheArticleAndARepeatIsReportedNotMerged() throws Exception {
    write(
        "a.csv",
        "url,body,published",
        "https://x.example/1,First story.,2023-05-01",
        "https://x.example/2,Second story.,2023-05-02");
    write("b.csv", "url,body,published", "https://x.example/2,A copy of the second.,2023-05-03");

    IndexSummary summary = run("id=url", "text=body");

    assertEquals(2, summary.documents());
    assertEquals(
        List.of("https://x.example/1", "https://x.example/2"),
        documents().keySet().stream().sorted().toList());
    assertTrue(
        summary.skipped().stream()
            .anyMatch(s -> s.id().equals("https://x.example/2") && s.reason().contains("a.csv")),
        summary.skipped().toString());
    assertEquals("a.csv", documents().get("https://x.example/2").path().replaceAll(".*/", ""));
  }

  @Test
  void anotherFieldMappingReadsEveryRecordAgain() throws Exception {
    write("a.csv", "text,story_body,headline_text", "Short text.,\"Gas, oil and grain.\",Trade");
    assertEquals(List.of(1, 0, 0, 0), counts(run()));
    assertEquals(2, documents().get("a.csv#1").tokens(), "the text column: 'short text'");

    IndexSummary mapped = run("text=story_body", "title=headline_text");

    assertEquals(List.of(0, 1, 0, 0), counts(mapped));
    assertEquals("Trade", documents().get("a.csv#1").title());
    assertEquals(4, documents().get("a.csv#1").tokens(), "gas, oil, and, grain");
  }

  @Test
  void aRecordFileWithNoRecordsIsListedAsSkipped() throws Exception {
    Files.writeString(corpus.resolve("empty.jsonl"), "");
    write("header-only.csv", "title,text");
    write("news.jsonl", ONE);

    IndexSummary summary = run();

    assertEquals(1, summary.documents());
    assertEquals(
        List.of(
            new IndexSummary.SkippedFile("empty.jsonl", "no records"),
            new IndexSummary.SkippedFile("header-only.csv", "no records")),
        summary.skipped());
  }
}
