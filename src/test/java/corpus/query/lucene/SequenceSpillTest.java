package corpus.query.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.index.Analyzers;
import corpus.index.CorpusIndexer;
import corpus.index.IndexFacts;
import corpus.index.UserDictionary;
import corpus.query.DateRange;
import corpus.query.FrequencyQuery;
import corpus.query.FrequencyResult;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Word sequences counted in bounded memory: whatever the budget, and however many runs are spilled
 * and merged, the tables equal the count made in memory and a count made here from the texts.
 */
class SequenceSpillTest {
  @TempDir Path temp;

  /** The text of each article and its date. */
  private final Map<String, String> texts = new TreeMap<>();

  private final Map<String, LocalDate> dates = new HashMap<>();

  private static String syllables(int n) {
    String[] parts = {"ka", "lo", "mi", "ne", "su", "ta", "ri", "po"};
    var word = new StringBuilder();
    for (int rest = n + 8; rest > 0; rest /= 8) {
      word.append(parts[rest % 8]);
    }
    return word.toString();
  }

  /** Random texts over a small vocabulary, so sequences repeat within and across articles. */
  private Path indexRandomCorpus(long seed) throws IOException {
    Random random = new Random(seed);
    String[] vocabulary = new String[8 + random.nextInt(20)];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = syllables(i);
    }
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    for (int a = 0; a < 120; a++) {
      var text = new StringBuilder();
      int words = 1 + random.nextInt(60);
      for (int i = 0; i < words; i++) {
        double u = random.nextDouble();
        String word = vocabulary[(int) (u * u * vocabulary.length)];
        // Capitals and punctuation: sequences are of lower-case word runs, across sentences.
        text.append(i % 7 == 0 ? word.toUpperCase(java.util.Locale.ROOT) : word)
            .append(i % 9 == 8 ? ". " : " ");
      }
      LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(200));
      String id = "a" + a + ".txt";
      Files.writeString(corpus.resolve(id), "date " + date + "\n\n" + text + "\n");
      texts.put(id, text.toString());
      dates.put(id, date);
    }
    Path index = temp.resolve("index");
    new CorpusIndexer(Clock.systemUTC())
        .index(index, new IndexRequest(corpus, "*.txt", false, 2), IndexProgress.NONE);
    return index;
  }

  /** "sequence count documents" rows of every sequence, by count descending then sequence. */
  private List<String> expected(Iterable<String> ids, int n) {
    Map<String, long[]> counts = new HashMap<>();
    for (String id : ids) {
      List<String> words = new ArrayList<>();
      for (String word : texts.get(id).toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i + n <= words.size(); i++) {
        String sequence = String.join(" ", words.subList(i, i + n));
        long[] countAndDocuments = counts.computeIfAbsent(sequence, s -> new long[2]);
        countAndDocuments[0]++;
        if (seen.add(sequence)) {
          countAndDocuments[1]++;
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<String, long[]>>comparingLong(entry -> -entry.getValue()[0])
                .thenComparing(Map.Entry::getKey))
        .map(entry -> entry.getKey() + " " + entry.getValue()[0] + " " + entry.getValue()[1])
        .toList();
  }

  private static List<String> rows(FrequencyTable table) {
    return table.rows().stream()
        .map(row -> row.term() + " " + row.count() + " " + row.documents())
        .toList();
  }

  private static List<List<String>> tables(FrequencyResult result) {
    return result.tables().stream().map(SequenceSpillTest::rows).toList();
  }

  /** freq with word sequences counted within {@code budget} bytes, spilling into {@code spill}. */
  private static FrequencyResult count(
      Path index, FrequencyQuery query, long budget, Path spill, List<SequenceCount> made)
      throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      QueryParsing parsing =
          QueryParsing.of(
              reader, new Analyzers(UserDictionary.of(IndexFacts.metadata(reader).userWords())));
      return new FrequencyCount(
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

  private static int spills(List<SequenceCount> made) {
    return made.stream().mapToInt(SequenceCount::spills).sum();
  }

  private static long filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void tinyBudgetCountsEqualTheCountInMemoryAndTheTexts(long seed) throws IOException {
    Path index = indexRandomCorpus(seed);
    Path spill = Files.createDirectories(temp.resolve("spill"));
    for (int n = 2; n <= 5; n++) {
      FrequencyQuery query =
          new FrequencyQuery(0, DateRange.ALL, null, Granularity.NONE, 1, true, n);
      List<SequenceCount> inMemory = new ArrayList<>();
      List<SequenceCount> spilled = new ArrayList<>();
      // 2,000 bytes is a dozen entries a run: hundreds of runs, merged in more than one pass.
      FrequencyResult bounded = count(index, query, 2_000, spill, spilled);
      FrequencyResult unbounded = count(index, query, Long.MAX_VALUE, spill, inMemory);

      assertTrue(spills(spilled) > SequenceCount.FAN_IN, "runs: " + spills(spilled));
      assertEquals(0, spills(inMemory));
      assertEquals(tables(unbounded), tables(bounded), "n = " + n);
      assertEquals(expected(texts.keySet(), n), rows(bounded.tables().get(0)), "n = " + n);
      assertEquals(0, filesIn(spill), "run files left behind");
    }
  }

  @Test
  void everyMonthsTableIsExactWhenEveryEntrySpills() throws IOException {
    Path index = indexRandomCorpus(7);
    Path spill = Files.createDirectories(temp.resolve("spill"));
    for (int n : new int[] {2, 3}) {
      List<SequenceCount> made = new ArrayList<>();
      // One byte: every new sequence fills the budget and is spilled on its own.
      FrequencyResult result =
          count(
              index,
              new FrequencyQuery(0, DateRange.ALL, null, Granularity.MONTH, 1, true, n),
              1,
              spill,
              made);
      Map<String, List<String>> idsByMonth = new TreeMap<>();
      texts.keySet().stream()
          .sorted()
          .forEach(
              id ->
                  idsByMonth
                      .computeIfAbsent(
                          dates.get(id).toString().substring(0, 7), m -> new ArrayList<>())
                      .add(id));

      assertEquals(
          List.copyOf(idsByMonth.keySet()),
          result.tables().stream().map(FrequencyTable::period).toList());
      for (FrequencyTable table : result.tables()) {
        assertEquals(expected(idsByMonth.get(table.period()), n), rows(table), table.period());
      }
      assertTrue(spills(made) > 100);
      assertEquals(0, filesIn(spill));
    }
  }

  @Test
  void topRowsMinCountAndStopWordsAreTheSameWithSpills() throws IOException {
    Path index = indexRandomCorpus(11);
    Path spill = Files.createDirectories(temp.resolve("spill"));
    for (int n = 2; n <= 5; n++) {
      for (int top : new int[] {1, 10}) {
        for (int minCount : new int[] {1, 3}) {
          FrequencyQuery query =
              new FrequencyQuery(top, DateRange.ALL, null, Granularity.MONTH, minCount, false, n);
          assertEquals(
              tables(count(index, query, Long.MAX_VALUE, spill, new ArrayList<>())),
              tables(count(index, query, 500, spill, new ArrayList<>())),
              "n " + n + " top " + top + " min " + minCount);
        }
      }
    }
  }

  @Test
  void theCorpusCountsFourAndFiveWordSequences() throws IOException {
    Path index = indexRandomCorpus(5);
    try (LuceneCorpus corpus = LuceneCorpus.open(index)) {
      for (int n : new int[] {4, 5}) {
        FrequencyResult result =
            corpus.frequencies(
                new FrequencyQuery(0, DateRange.ALL, null, Granularity.NONE, 1, true, n));
        assertEquals(expected(texts.keySet(), n), rows(result.tables().get(0)));
      }
    }
  }

  @Test
  void runFilesAreDeletedWhenTheMergeFails() throws IOException {
    Path spill = Files.createDirectories(temp.resolve("spill"));
    IOException failure =
        assertThrows(
            IOException.class,
            () -> {
              try (SequenceCount counts = new SequenceCount(2, 300, spill)) {
                for (int i = 0; i < 200; i++) {
                  counts.add(i % 2, "w" + (i % 37) + " v" + (i % 11), i % 3 == 0);
                }
                assertTrue(counts.spills() > 1);
                assertTrue(filesIn(spill) > 1, "runs are on disk while counting");
                counts.forEach(
                    (table, sequence, count, documents) -> {
                      throw new IOException("disk full");
                    });
              }
            });

    assertEquals("disk full", failure.getMessage());
    assertEquals(0, filesIn(spill));
  }

  @Test
  void equalKeysAreSummedAcrossRunsAndTablesStayApart() throws IOException {
    Path spill = Files.createDirectories(temp.resolve("spill"));
    Map<String, String> merged = new TreeMap<>();
    try (SequenceCount counts = new SequenceCount(2, 1, spill)) {
      counts.add(0, "a b", true);
      counts.add(1, "a b", true);
      counts.add(0, "a b", false);
      counts.add(0, "c d", true);
      counts.add(0, "a b", true);
      counts.forEach(
          (table, sequence, count, documents) ->
              merged.put(table + " " + sequence, count + " " + documents));
      assertEquals(5, counts.spills());
    }
    assertEquals(Map.of("0 a b", "3 2", "0 c d", "1 1", "1 a b", "1 1"), merged);
    assertEquals(0, filesIn(spill));
  }

  @ParameterizedTest(name = "budget {0}")
  @ValueSource(longs = {1, 300, Long.MAX_VALUE})
  void eachSequenceComesOnceInOrderWithItsCountsInEveryTable(long budget) throws IOException {
    Path spill = Files.createDirectories(temp.resolve("spill"));
    List<String> rows = new ArrayList<>();
    try (SequenceCount counts = new SequenceCount(3, budget, spill)) {
      counts.add(1, "c d", true);
      counts.add(0, "a b", true);
      counts.add(2, "a b", true);
      counts.add(0, "a b", false);
      counts.add(2, "c d", true);
      counts.add(0, "a b", true);
      counts.add(1, "a c", true);
      counts.forEachSequence(
          (sequence, count, documents) ->
              rows.add(sequence + " " + Arrays.toString(count) + " " + Arrays.toString(documents)));
    }
    assertEquals(
        List.of("a b [3, 0, 1] [2, 0, 1]", "a c [0, 1, 0] [0, 1, 0]", "c d [0, 1, 1] [0, 1, 1]"),
        rows);
    assertEquals(0, filesIn(spill));
  }
}
