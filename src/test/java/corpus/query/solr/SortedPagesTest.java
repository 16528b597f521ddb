package corpus.query.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.query.lucene.ComparisonParts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The merge of the shards' pages gives every word once, with the sum of its counts, in the order of
 * the term dictionary, whatever the page sizes and alphabets.
 */
class SortedPagesTest {
  /** Words in Latin, Cyrillic, Chinese and beyond the 16-bit range, where UTF-16 order differs. */
  private static final String[] ALPHABETS = {
    "abcxyz", "мирвоенна", "北京俄罗斯", "\uFF5E\uFF41", "😀𝒳"
  };

  private static String word(Random random) {
    String letters = ALPHABETS[random.nextInt(ALPHABETS.length)];
    StringBuilder word = new StringBuilder();
    int length = 1 + random.nextInt(4);
    int[] points = letters.codePoints().toArray();
    for (int i = 0; i < length; i++) {
      word.appendCodePoint(points[random.nextInt(points.length)]);
    }
    return word.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyWordOnceWithItsSumInDictionaryOrder(long seed) throws Exception {
    Random random = new Random(seed);
    int shards = 1 + random.nextInt(4);
    // Each shard's dictionary, in UTF-8 byte order as Lucene keeps it.
    List<TreeMap<BytesRef, long[]>> dictionaries = new ArrayList<>();
    Map<String, long[]> expected = new TreeMap<>(SortedPages::byCodePoints);
    for (int s = 0; s < shards; s++) {
      TreeMap<BytesRef, long[]> dictionary = new TreeMap<>();
      int words = random.nextInt(200);
      for (int w = 0; w < words; w++) {
        String word = word(random);
        long[] counts = {random.nextInt(5), random.nextInt(5)};
        if (dictionary.putIfAbsent(new BytesRef(word), counts) == null) {
          expected.merge(word, counts.clone(), (x, y) -> new long[] {x[0] + y[0], x[1] + y[1]});
        }
      }
      dictionaries.add(dictionary);
    }
    int pageSize = 1 + random.nextInt(20);
    List<ComparisonParts.Counts> merged = new ArrayList<>();
    SortedPages.merge(
        shards,
        (after, due) -> {
          List<SortedPages.Page<ComparisonParts.Counts>> pages = new ArrayList<>();
          for (int s = 0; s < shards; s++) {
            pages.add(due.contains(s) ? page(dictionaries.get(s), after[s], pageSize) : null);
          }
          return pages;
        },
        ComparisonParts.Counts::term,
        (x, y) -> new ComparisonParts.Counts(x.term(), x.a() + y.a(), x.b() + y.b()),
        merged::add);
    List<String> words = new ArrayList<>(expected.keySet());
    assertEquals(words, merged.stream().map(ComparisonParts.Counts::term).toList());
    for (ComparisonParts.Counts counts : merged) {
      long[] sum = expected.get(counts.term());
      assertEquals(sum[0], counts.a(), counts.term());
      assertEquals(sum[1], counts.b(), counts.term());
    }
  }

  /** A shard's page as ComparisonParts.page makes it: words after {@code after}, at most size. */
  private static SortedPages.Page<ComparisonParts.Counts> page(
      TreeMap<BytesRef, long[]> dictionary, String after, int size) {
    var rest = after == null ? dictionary : dictionary.tailMap(new BytesRef(after), false);
    List<ComparisonParts.Counts> rows = new ArrayList<>();
    String last = after;
    int looked = 0;
    for (var entry : rest.entrySet()) {
      if (looked++ == size) {
        return new SortedPages.Page<>(rows, last, false);
      }
      last = entry.getKey().utf8ToString();
      rows.add(new ComparisonParts.Counts(last, entry.getValue()[0], entry.getValue()[1]));
    }
    return new SortedPages.Page<>(rows, last, true);
  }

  @Test
  void codePointOrderIsUtf8ByteOrder() {
    Random random = new Random(9);
    for (int i = 0; i < 10_000; i++) {
      String x = word(random);
      String y = word(random);
      assertEquals(
          Integer.signum(new BytesRef(x).compareTo(new BytesRef(y))),
          Integer.signum(SortedPages.byCodePoints(x, y)),
          x + " " + y);
    }
  }

  /** A shard whose page does not move on is an error, not a merge that never ends. */
  @Test
  void aPageThatDoesNotMoveOnIsAnError() {
    SortedPages.Page<String> stuck = new SortedPages.Page<>(List.of("a"), "a", false);
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                SortedPages.merge(
                    1, (after, due) -> List.of(stuck), word -> word, (x, y) -> x, word -> {}));
    assertTrue(e.getMessage().contains("did not move on"), e.getMessage());
  }
}
