package corpus.query.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.index.Analyzers;
import corpus.index.CorpusIndexer;
import corpus.index.IndexFacts;
import corpus.index.UserDictionary;
import corpus.query.CompareQuery;
import corpus.query.CompareResult;
import corpus.query.CompareRow;
import corpus.query.DateRange;
import corpus.query.FrequencyQuery;
import corpus.query.FrequencyTable;
import corpus.query.Granularity;
import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code compare --ngram}: word sequences counted in sets A and B exactly as {@code freq --ngram}
 * counts them in each set, on a fixture written here whose counts are known by hand. The two sets
 * overlap (May and June 2023 are in both), so an article in both is counted in both.
 */
class SequenceComparisonTest {
  private static final DateRange A =
      new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30));
  private static final DateRange B =
      new DateRange(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 12, 31));

  /** Date and text of each article. "vladimir putin" is counted in the comments. */
  private static final Map<String, String[]> ARTICLES = new TreeMap<>();

  static {
    // A only. vladimir putin: 3 (the possessive 's is dropped). prime minister: 1.
    ARTICLES.put(
        "a1",
        new String[] {
          "2023-01-10",
          "Vladimir Putin met the prime minister. President Vladimir Putin said the talks went"
              + " well. Vladimir Putin's spokesman agreed."
        });
    // A only. vladimir putin: 1 (capitals). prime minister: 2. harbour strike: 1.
    ARTICLES.put(
        "a2",
        new String[] {
          "2023-03-05",
          "The prime minister spoke of the harbour strike. VLADIMIR PUTIN was not mentioned;"
              + " the prime minister said so."
        });
    // A and B. vladimir putin: 1. prime minister: 1. harbour strike: 1.
    ARTICLES.put(
        "ab",
        new String[] {
          "2023-05-20",
          "Talks with Vladimir Putin resumed. The harbour strike ended and the prime minister left."
        });
    // B only. vladimir putin: 3, the third across a full stop (a sequence is a run of words,
    // punctuation between them or not). prime minister: 2. harbour strike: 1.
    ARTICLES.put(
        "b1",
        new String[] {
          "2023-08-01",
          "Vladimir Putin and the prime minister met. The prime minister, Vladimir Putin, and the"
              + " harbour strike committee talked about Vladimir. Putin smiled."
        });
    // B only: none of the three.
    ARTICLES.put("b2", new String[] {"2023-11-11", "Nobody spoke of the strike at the harbour."});
    // In neither set: after B ends.
    ARTICLES.put("c", new String[] {"2024-02-01", "Vladimir Putin again, and the prime minister."});
  }

  @TempDir static Path temp;
  static Path index;
  static LuceneCorpus corpus;

  @BeforeAll
  static void indexTheArticles() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("corpus"));
    for (Map.Entry<String, String[]> article : ARTICLES.entrySet()) {
      Files.writeString(
          folder.resolve(article.getKey() + ".txt"),
          "date " + article.getValue()[0] + "\n\n" + article.getValue()[1] + "\n");
    }
    index = temp.resolve("index");
    new CorpusIndexer(Clock.systemUTC())
        .index(index, new IndexRequest(folder, "*.txt", false, 2), IndexProgress.NONE);
    corpus = LuceneCorpus.open(index);
  }

  @AfterAll
  static void close() throws IOException {
    corpus.close();
  }

  private static CompareQuery compare(int top, int minCount, boolean keepStopwords, int n) {
    return new CompareQuery(
        new CompareQuery.Subset(A, null),
        new CompareQuery.Subset(B, null),
        top,
        minCount,
        keepStopwords,
        n);
  }

  private static FrequencyTable freq(DateRange range, boolean keepStopwords, int n)
      throws IOException {
    return corpus
        .frequencies(new FrequencyQuery(0, range, null, Granularity.NONE, 1, keepStopwords, n))
        .tables()
        .get(0);
  }

  private static Map<String, Long> counts(FrequencyTable table) {
    Map<String, Long> counts = new TreeMap<>();
    table.rows().forEach(row -> counts.put(row.term(), row.count()));
    return counts;
  }

  private static CompareRow row(CompareResult result, String term) {
    return result.rows().stream().filter(r -> r.term().equals(term)).findFirst().orElse(null);
  }

  /** How often "vladimir putin" is written in the articles of a range, words apart by non-words. */
  private static long vladimirPutinIn(DateRange range) {
    Pattern phrase = Pattern.compile("\\bvladimir\\W+putin\\b");
    long count = 0;
    for (String[] article : ARTICLES.values()) {
      LocalDate date = LocalDate.parse(article[0]);
      if (date.isBefore(range.from()) || date.isAfter(range.to())) {
        continue;
      }
      Matcher matcher = phrase.matcher(article[1].toLowerCase(Locale.ROOT));
      while (matcher.find()) {
        count++;
      }
    }
    return count;
  }

  @ParameterizedTest(name = "--ngram {0}")
  @ValueSource(ints = {2, 3, 4, 5})
  void everyRowHasTheCountsFreqGivesInEachSetAndEverySequenceOfEitherIsARow(int n)
      throws IOException {
    for (boolean keepStopwords : new boolean[] {false, true}) {
      CompareResult result = corpus.compare(compare(0, 1, keepStopwords, n));
      FrequencyTable inA = freq(A, keepStopwords, n);
      FrequencyTable inB = freq(B, keepStopwords, n);
      Map<String, Long> aCounts = counts(inA);
      Map<String, Long> bCounts = counts(inB);
      String what = "n " + n + " keep stop words " + keepStopwords;

      assertEquals(inA.documents(), result.aDocuments(), what);
      assertEquals(inA.tokens(), result.aTokens(), what);
      assertEquals(inB.documents(), result.bDocuments(), what);
      assertEquals(inB.tokens(), result.bTokens(), what);
      assertFalse(result.rows().isEmpty(), what);
      for (CompareRow row : result.rows()) {
        assertEquals(aCounts.getOrDefault(row.term(), 0L), row.aCount(), row.term() + ", " + what);
        assertEquals(bCounts.getOrDefault(row.term(), 0L), row.bCount(), row.term() + ", " + what);
        assertEquals(n, row.term().split(" ").length, row.term());
      }
      TreeSet<String> inEither = new TreeSet<>(aCounts.keySet());
      inEither.addAll(bCounts.keySet());
      assertEquals(
          inEither, new TreeSet<>(result.rows().stream().map(CompareRow::term).toList()), what);
    }
  }

  @Test
  void vladimirPutinIsCountedAsWrittenInTheTexts() throws IOException {
    CompareResult result = corpus.compare(compare(0, 1, false, 2));
    CompareRow row = row(result, "vladimir putin");

    assertEquals(5, vladimirPutinIn(A), "a1 3 + a2 1 + ab 1");
    assertEquals(4, vladimirPutinIn(B), "ab 1 + b1 3");
    assertEquals(vladimirPutinIn(A), row.aCount());
    assertEquals(vladimirPutinIn(B), row.bCount());
    assertEquals(4, row(result, "prime minister").aCount(), "a1 1 + a2 2 + ab 1");
    assertEquals(3, row(result, "prime minister").bCount(), "ab 1 + b1 2");
    assertEquals(2, row(result, "harbour strike").aCount(), "a2 1 + ab 1");
    assertEquals(2, row(result, "harbour strike").bCount(), "ab 1 + b1 1");
    // Rates over each set's tokens, B over A for the log ratio, as for words.
    assertEquals(5 * 1e6 / result.aTokens(), row.aPerMillion(), 1e-4);
    assertEquals(4 * 1e6 / result.bTokens(), row.bPerMillion(), 1e-4);
    double expectedRatio =
        Math.log(((double) 4 / result.bTokens()) / ((double) 5 / result.aTokens())) / Math.log(2);
    assertEquals(expectedRatio, row.logRatio(), 1e-9);
    assertTrue(row.logLikelihood() >= 0);
    // As freq --ngram rows: no forms, no dispersion.
    assertEquals(List.of(), row.forms());
    assertNull(row.aDispersion());
    assertNull(row.bDispersion());
  }

  @Test
  void aSequenceStartingOrEndingWithAStopWordIsARowOnlyWithTheStopWordsKept() throws IOException {
    CompareResult without = corpus.compare(compare(0, 1, false, 2));
    CompareResult with = corpus.compare(compare(0, 1, true, 2));

    assertNull(row(without, "the prime"));
    assertNull(row(without, "putin and"));
    assertEquals(4, row(with, "the prime").aCount(), "a1 1 + a2 2 + ab 1");
    assertEquals(3, row(with, "the prime").bCount(), "ab 1 + b1 2");
    assertEquals(2, row(with, "putin and").bCount(), "b1: 'Putin and', 'Putin, and'");
  }

  @Test
  void topAndMinCountKeepTheStrongestRowsCountedOftenEnough() throws IOException {
    CompareResult all = corpus.compare(compare(0, 1, false, 2));
    CompareResult often = corpus.compare(compare(0, 4, false, 2));
    CompareResult top = corpus.compare(compare(2, 4, false, 2));

    assertEquals(
        all.rows().stream().filter(r -> r.aCount() + r.bCount() >= 4).toList(), often.rows());
    assertEquals(
        List.of("harbour strike", "prime minister", "vladimir putin"),
        often.rows().stream().map(CompareRow::term).sorted().toList());
    assertEquals(often.rows().subList(0, 2), top.rows());
    for (int i = 1; i < all.rows().size(); i++) {
      CompareRow before = all.rows().get(i - 1);
      CompareRow after = all.rows().get(i);
      assertTrue(
          before.logLikelihood() > after.logLikelihood()
              || (before.logLikelihood() == after.logLikelihood()
                  && before.term().compareTo(after.term()) < 0),
          "by G², then term: " + before.term() + ", " + after.term());
    }
  }

  @Test
  void spilledRunsGiveTheSameRowsAsCountingInMemoryAndLeaveNoFile() throws IOException {
    Path spill = Files.createDirectories(temp.resolve("spill"));
    for (int n = 2; n <= 3; n++) {
      List<SequenceCount> spilled = new ArrayList<>();
      // One byte: every new sequence is spilled on its own, so A's and B's counts of a sequence
      // are only ever brought together by the merge.
      CompareResult bounded = compareWithin(compare(0, 1, true, n), 1, spill, spilled);
      CompareResult inMemory =
          compareWithin(compare(0, 1, true, n), Long.MAX_VALUE, spill, new ArrayList<>());

      assertTrue(
          spilled.get(0).spills() > SequenceCount.FAN_IN, "runs: " + spilled.get(0).spills());
      assertEquals(inMemory, bounded, "n " + n);
      try (Stream<Path> files = Files.list(spill)) {
        assertEquals(0, files.count(), "run files left behind");
      }
    }
  }

  @Test
  void ngramMustBeOneToFiveAndWordsAreTheDefault() {
    for (int n : new int[] {0, 6, -1}) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> compare(10, 1, false, n));
      assertEquals("--ngram must be 1 to 5, not " + n, refused.getMessage());
    }
    CompareQuery words =
        new CompareQuery(
            new CompareQuery.Subset(A, null), new CompareQuery.Subset(B, null), 10, 1, false);
    assertEquals(1, words.ngram());
  }

  /**
   * compare with word sequences counted within {@code budget} bytes, spilling into {@code spill}.
   */
  private static CompareResult compareWithin(
      CompareQuery query, long budget, Path spill, List<SequenceCount> made) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      QueryParsing parsing =
          QueryParsing.of(
              reader, new Analyzers(UserDictionary.of(IndexFacts.metadata(reader).userWords())));
      return new TermComparison(
              new IndexSearcher(reader),
              parsing,
              tables -> {
                SequenceCount counts = new SequenceCount(tables, budget, spill);
                made.add(counts);
                return counts;
              })
          .run(query);
    }
  }
}
