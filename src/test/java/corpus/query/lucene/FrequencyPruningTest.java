package corpus.query.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.index.CorpusIndexer;
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
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * freq skips work (term statistics as bounds, terms that cannot reach any table); these tests hold
 * its tables to counts made independently from the files, on seeded random corpora whose index has
 * deleted articles after an update run.
 */
class FrequencyPruningTest {
  @TempDir Path temp;

  /** The text of each live article and its date: what the index should hold. */
  private final Map<String, String> texts = new TreeMap<>();

  private final Map<String, LocalDate> dates = new HashMap<>();
  private Random random;
  private String[] vocabulary;

  private String randomText() {
    var text = new StringBuilder();
    int words = 10 + random.nextInt(80);
    for (int i = 0; i < words; i++) {
      // Squaring skews the draw to the front of the vocabulary: a few common words, a long tail.
      double u = random.nextDouble();
      text.append(vocabulary[(int) (u * u * vocabulary.length)]).append(i % 9 == 8 ? ". " : " ");
    }
    return text.toString();
  }

  private void write(Path corpus, String id) throws IOException {
    LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(540));
    String text = randomText();
    Files.writeString(corpus.resolve(id), "date " + date + "\n\n" + text + "\n");
    texts.put(id, text);
    dates.put(id, date);
  }

  /** Indexes a random corpus, then replaces, removes and adds files and indexes again. */
  private LuceneCorpus indexWithDeletions(long seed) throws IOException {
    random = new Random(seed);
    vocabulary = new String[150 + random.nextInt(200)];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = syllables(i);
    }
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    Path index = temp.resolve("index");
    var indexer = new CorpusIndexer(Clock.systemUTC());
    for (int i = 0; i < 150; i++) {
      write(corpus, "a" + i + ".txt");
    }
    // Decoys: words frequent only in articles about to be replaced. Their statistics still count
    // them after the update run, ahead of every real word, though none of them is left.
    for (int i = 0; i < 150; i += 7) {
      Files.writeString(corpus.resolve("a" + i + ".txt"), decoys(), StandardOpenOption.APPEND);
    }
    // A month of its own whose words are rare in the whole corpus: nothing may pass them over.
    Files.writeString(corpus.resolve("lone.txt"), "date 2031-06-01\n\nzuzu zaza zuzu zaza zaza\n");
    texts.put("lone.txt", "zuzu zaza zuzu zaza zaza");
    dates.put("lone.txt", LocalDate.of(2031, 6, 1));
    indexer.index(index, new IndexRequest(corpus, "*.txt", false, 2), IndexProgress.NONE);
    for (int i = 0; i < 150; i += 7) {
      write(corpus, "a" + i + ".txt"); // replaced: the old document is deleted
    }
    for (int i = 3; i < 150; i += 11) {
      Files.delete(corpus.resolve("a" + i + ".txt"));
      texts.remove("a" + i + ".txt");
    }
    for (int i = 0; i < 10; i++) {
      write(corpus, "b" + i + ".txt");
    }
    indexer.index(index, new IndexRequest(corpus, "*.txt", false, 2), IndexProgress.NONE);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertTrue(
          reader.hasDeletions(), "the case under test: statistics that count deleted articles");
    }
    return LuceneCorpus.open(index);
  }

  private static String decoys() {
    var text = new StringBuilder();
    for (int repeat = 0; repeat < 100; repeat++) {
      for (int decoy = 0; decoy < 40; decoy++) {
        text.append(" decoy").append(syllables(decoy));
      }
    }
    return text.toString();
  }

  private static String syllables(int n) {
    String[] parts = {"ka", "lo", "mi", "ne", "su", "ta", "ri", "po"};
    var word = new StringBuilder();
    for (int rest = n + 8; rest > 0; rest /= 8) {
      word.append(parts[rest % 8]);
    }
    return word.toString();
  }

  /** "term count documents" rows, by count descending then term, as freq orders them. */
  private List<String> expected(Iterable<String> ids, int top, int minCount) {
    Map<String, long[]> counts = new HashMap<>();
    for (String id : ids) {
      Set<String> seen = new HashSet<>();
      for (String word : texts.get(id).split("[^a-z]+")) {
        if (!word.isEmpty()) {
          long[] countAndDocuments = counts.computeIfAbsent(word, w -> new long[2]);
          countAndDocuments[0]++;
          if (seen.add(word)) {
            countAndDocuments[1]++;
          }
        }
      }
    }
    return counts.entrySet().stream()
        .filter(entry -> entry.getValue()[0] >= minCount)
        .sorted(
            Comparator.<Map.Entry<String, long[]>>comparingLong(entry -> -entry.getValue()[0])
                .thenComparing(Map.Entry::getKey))
        .limit(top)
        .map(entry -> entry.getKey() + " " + entry.getValue()[0] + " " + entry.getValue()[1])
        .toList();
  }

  private static List<String> rows(FrequencyTable table) {
    return table.rows().stream()
        .map(row -> row.term() + " " + row.count() + " " + row.documents())
        .toList();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void wholeCorpusTopRowsAreExactDespiteDeletedArticles(long seed) throws IOException {
    try (LuceneCorpus corpus = indexWithDeletions(seed)) {
      for (int top : new int[] {1, 5, 40, 1000}) {
        for (int minCount : new int[] {1, 20}) {
          FrequencyResult result =
              corpus.frequencies(
                  new FrequencyQuery(
                      top, DateRange.ALL, null, Granularity.NONE, minCount, true, 1));
          assertEquals(
              expected(texts.keySet(), top, minCount), rows(result.tables().get(0)), "top " + top);
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {6, 7, 8})
  void everyMonthsTopRowsAreExactWhenTermsArePassedOver(long seed) throws IOException {
    try (LuceneCorpus corpus = indexWithDeletions(seed)) {
      FrequencyResult result =
          corpus.frequencies(
              new FrequencyQuery(3, DateRange.ALL, null, Granularity.MONTH, 2, true, 1));
      Map<String, List<String>> idsByMonth = new TreeMap<>();
      for (String id : texts.keySet()) {
        idsByMonth
            .computeIfAbsent(dates.get(id).toString().substring(0, 7), month -> new ArrayList<>())
            .add(id);
      }
      assertEquals(
          List.copyOf(idsByMonth.keySet()),
          result.tables().stream().map(FrequencyTable::period).toList());
      for (FrequencyTable table : result.tables()) {
        assertEquals(expected(idsByMonth.get(table.period()), 3, 2), rows(table), table.period());
      }
    }
  }

  @Test
  void aFilteredTableIsExact() throws IOException {
    try (LuceneCorpus corpus = indexWithDeletions(9)) {
      String word = vocabulary[5];
      FrequencyResult result =
          corpus.frequencies(
              new FrequencyQuery(10, DateRange.ALL, word, Granularity.NONE, 1, true, 1));
      List<String> matching =
          texts.keySet().stream()
              .filter(id -> List.of(texts.get(id).split("[^a-z]+")).contains(word))
              .toList();
      assertEquals(expected(matching, 10, 1), rows(result.tables().get(0)));
    }
  }
}
