package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.query.CompareQuery;
import corpus.query.Corpus;
import corpus.query.DateRange;
import corpus.query.DuplicateGroupList;
import corpus.query.DuplicatesQuery;
import corpus.query.FrequencyQuery;
import corpus.query.Granularity;
import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import corpus.query.IndexSummary;
import corpus.query.SearchQuery;
import corpus.query.SearchSort;
import corpus.query.Sources;
import corpus.query.TrendQuery;
import corpus.query.lucene.LuceneCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wire copies planted among unrelated articles are grouped as an independent count of exact Jaccard
 * similarity says, each group's canonical article is the earliest, and the deduplicated corpus
 * answers exactly as a corpus indexed without the copies.
 */
class NearDuplicatesIndexTest {
  @TempDir Path temp;
  Path corpus;
  final CorpusIndexer indexer = new CorpusIndexer(Clock.systemUTC());

  /** The article bodies as written, by id: what the independent count reads. */
  final Map<String, String> bodies = new TreeMap<>();

  final Map<String, LocalDate> dates = new HashMap<>();

  @BeforeEach
  void corpus() {
    corpus = temp.resolve("corpus");
  }

  private void write(String id, LocalDate date, String body) throws Exception {
    Path file = corpus.resolve(id);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "Date: " + date + "\n\n" + body);
    bodies.put(id, body);
    dates.put(id, date);
  }

  private void delete(String id) throws Exception {
    Files.delete(corpus.resolve(id));
    bodies.remove(id);
    dates.remove(id);
  }

  private IndexSummary index(Path index, Double threshold) throws Exception {
    return indexer.index(
        index,
        new IndexRequest(corpus, "**/*.txt", false, 2, 1000, List.of(), null, threshold),
        IndexProgress.NONE);
  }

  /** A text of made-up words: two such texts share no 5-word run. */
  private static String text(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        text.append(w % 50 == 0 ? ".\n\n" : w % 12 == 0 ? ". " : " ");
      }
      int length = 3 + random.nextInt(6);
      for (int c = 0; c < length; c++) {
        text.append((char) ('a' + random.nextInt(26)));
      }
    }
    return text.append(".\n").toString();
  }

  /** Replaces the word at every {@code every}-th word start with a new one. */
  private static String edited(String text, Random random, int every) {
    String[] words = text.split(" ", -1);
    for (int i = every / 2; i < words.length; i += every) {
      if (words[i].matches("[a-z]+")) {
        words[i] = "typo" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
      }
    }
    return String.join(" ", words);
  }

  /** The planted corpus: 30 unrelated articles, then copies of some of them. */
  private void plant() throws Exception {
    Random random = new Random(13);
    LocalDate day = LocalDate.of(2024, 3, 1);
    for (int i = 0; i < 30; i++) {
      write(String.format("news/a%02d.txt", i), day.plusDays(i), text(random, 220));
    }
    String a03 = bodies.get("news/a03.txt");
    write("wire/a03-typos.txt", day.plusDays(5), edited(a03, random, 70)); // 3 typos
    write("wire/a03-lead.txt", day.plusDays(6), "A new first line. " + a03.substring(40));
    write("wire/a03-second-hand.txt", day.plusDays(9), edited(a03, random, 60)); // 4 typos
    String a07 = bodies.get("news/a07.txt");
    write("wire/a07-early.txt", day.plusDays(2), a07); // an exact copy dated before a07
    String a11 = bodies.get("news/a11.txt");
    write("wire/a11-rewritten.txt", day.plusDays(12), edited(a11, random, 4)); // far below 0.8
    String a20 = bodies.get("news/a20.txt");
    int cut = a20.indexOf("\n\n", a20.length() / 3);
    write("wire/a20-shorter.txt", day.plusDays(21), a20.substring(0, cut)); // a third kept
    write("copies/a25.txt", day.plusDays(30), bodies.get("news/a25.txt"));
  }

  /** Independently of the tool's code: words are runs of letters or digits, lower-cased. */
  private static Set<String> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
    while (matcher.find()) {
      words.add(matcher.group().toLowerCase(java.util.Locale.ROOT));
    }
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i + 5 <= words.size(); i++) {
      shingles.add(String.join(" ", words.subList(i, i + 5)));
    }
    if (words.size() > 0 && words.size() < 5) {
      shingles.add(String.join(" ", words));
    }
    return shingles;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    int union = a.size() + b.size() - common.size();
    return union == 0 ? 0 : (double) common.size() / union;
  }

  /** The groups the exact similarities make: connected components of the pairs ≥ threshold. */
  private Set<Set<String>> expectedGroups(double threshold) {
    List<String> ids = new ArrayList<>(bodies.keySet());
    Map<String, Set<String>> shingles = new HashMap<>();
    ids.forEach(id -> shingles.put(id, shingles(bodies.get(id))));
    Map<String, String> parent = new HashMap<>();
    ids.forEach(id -> parent.put(id, id));
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        if (jaccard(shingles.get(ids.get(i)), shingles.get(ids.get(j))) >= threshold) {
          parent.put(root(parent, ids.get(i)), root(parent, ids.get(j)));
        }
      }
    }
    Map<String, Set<String>> components = new HashMap<>();
    ids.forEach(id -> components.computeIfAbsent(root(parent, id), r -> new TreeSet<>()).add(id));
    Set<Set<String>> groups = new HashSet<>();
    components.values().stream().filter(c -> c.size() > 1).forEach(groups::add);
    return groups;
  }

  private static String root(Map<String, String> parent, String id) {
    while (!parent.get(id).equals(id)) {
      id = parent.get(id);
    }
    return id;
  }

  private static DuplicateGroupList groups(Path index) throws Exception {
    try (LuceneCorpus opened = LuceneCorpus.open(index)) {
      return opened.duplicates(new DuplicatesQuery(0, 2));
    }
  }

  private static Set<Set<String>> asSets(DuplicateGroupList list) {
    Set<Set<String>> sets = new HashSet<>();
    for (DuplicateGroupList.Group group : list.groups()) {
      Set<String> ids = new TreeSet<>();
      group.members().forEach(m -> ids.add(m.id()));
      sets.add(ids);
    }
    return sets;
  }

  /** Every group as the exact similarities make it, with its canonical article and similarities. */
  private void assertGroupsAsCounted(Path index, double threshold) throws Exception {
    DuplicateGroupList found = groups(index);
    Set<Set<String>> expected = expectedGroups(threshold);
    assertEquals(expected, asSets(found));
    int copies = 0;
    for (DuplicateGroupList.Group group : found.groups()) {
      String canonical =
          group.members().stream()
              .map(DuplicateGroupList.Member::id)
              .min(Comparator.comparing((String id) -> dates.get(id)).thenComparing(id -> id))
              .orElseThrow();
      assertEquals(canonical, group.canonical());
      assertEquals(canonical, group.members().get(0).id(), "the canonical article comes first");
      for (DuplicateGroupList.Member member : group.members()) {
        assertEquals(member.id().equals(canonical), member.canonical());
        double exact = jaccard(shingles(bodies.get(member.id())), shingles(bodies.get(canonical)));
        assertEquals(exact, member.similarity(), 1e-6, member.id());
      }
      copies += group.size() - 1;
    }
    assertEquals(expected.size(), found.groupsTotal());
    assertEquals(copies, found.copies());
    assertEquals(threshold, found.threshold());
  }

  @Test
  void plantedCopiesAreGroupedAsTheExactSimilaritiesSay() throws Exception {
    plant();
    Path index = temp.resolve("index");
    IndexSummary summary = index(index, null);
    Set<Set<String>> expected = expectedGroups(0.8);
    // The planted copies are what the independent count finds: the checks below are not vacuous.
    assertTrue(
        expected.contains(
            Set.of(
                "news/a03.txt",
                "wire/a03-typos.txt",
                "wire/a03-lead.txt",
                "wire/a03-second-hand.txt")),
        expected.toString());
    assertTrue(expected.contains(Set.of("news/a07.txt", "wire/a07-early.txt")));
    assertTrue(expected.stream().noneMatch(g -> g.contains("wire/a11-rewritten.txt")));
    assertTrue(expected.stream().noneMatch(g -> g.contains("wire/a20-shorter.txt")));
    assertGroupsAsCounted(index, 0.8);
    assertEquals(expected.size(), summary.duplicateGroups());
    assertEquals(expected.stream().mapToInt(g -> g.size() - 1).sum(), summary.copies());
    assertEquals("wire/a07-early.txt", canonicalOf(index, "news/a07.txt"), "the earliest dated");
  }

  private static String canonicalOf(Path index, String id) throws Exception {
    return groups(index).groups().stream()
        .filter(g -> g.members().stream().anyMatch(m -> m.id().equals(id)))
        .map(DuplicateGroupList.Group::canonical)
        .findFirst()
        .orElse(null);
  }

  @Test
  void theDeduplicatedCorpusAnswersAsACorpusIndexedWithoutTheCopies() throws Exception {
    plant();
    Path full = temp.resolve("full");
    index(full, null);
    // The same corpus without the copies, indexed on its own.
    Set<String> copies = new HashSet<>();
    for (DuplicateGroupList.Group group : groups(full).groups()) {
      group.members().stream().filter(m -> !m.canonical()).forEach(m -> copies.add(m.id()));
    }
    assertEquals(expectedGroups(0.8).stream().mapToInt(g -> g.size() - 1).sum(), copies.size());
    assertEquals(5, copies.size());
    for (String copy : copies) {
      delete(copy);
    }
    Path reduced = temp.resolve("reduced");
    index(reduced, null);

    FrequencyQuery words = new FrequencyQuery(0, DateRange.ALL, null, Granularity.NONE, 1, true, 1);
    FrequencyQuery byMonth =
        new FrequencyQuery(50, DateRange.ALL, null, Granularity.MONTH, 1, true, 1);
    FrequencyQuery bigrams =
        new FrequencyQuery(0, DateRange.ALL, null, Granularity.NONE, 1, true, 2);
    String someWord = bodies.get("news/a03.txt").split(" ")[100].replaceAll("[^a-z]", "");
    try (LuceneCorpus withCopies = LuceneCorpus.open(full);
        LuceneCorpus without = LuceneCorpus.open(reduced)) {
      Corpus deduplicated = withCopies.deduplicated();
      assertEquals(without.frequencies(words), deduplicated.frequencies(words));
      assertEquals(without.frequencies(byMonth), deduplicated.frequencies(byMonth));
      assertEquals(without.frequencies(bigrams), deduplicated.frequencies(bigrams));
      assertEquals(without.stats(Sources.ALL), deduplicated.stats(Sources.ALL));
      SearchQuery search =
          new SearchQuery(someWord, DateRange.ALL, 0, SearchSort.DATE, Sources.ALL);
      assertEquals(
          without.search(search).totalHits(), deduplicated.search(search).totalHits(), someWord);
      assertTrue(withCopies.search(search).totalHits() > deduplicated.search(search).totalHits());
      TrendQuery trend = new TrendQuery(List.of(someWord), Granularity.MONTH, DateRange.ALL, null);
      assertEquals(without.trend(trend), deduplicated.trend(trend));
      assertFalse(withCopies.trend(trend).equals(deduplicated.trend(trend)));
      assertEquals(
          copies.size(),
          withCopies.copiesAmong(List.of(new CompareQuery.Subset(DateRange.ALL, null))));
      assertEquals(
          3,
          withCopies.copiesAmong(List.of(new CompareQuery.Subset(DateRange.ALL, someWord))),
          "only a03's copies hold a03's word");
    }
  }

  @Test
  void anEarlierCopyTakesOverAndRemovingTheCanonicalArticlePromotesTheNext() throws Exception {
    Random random = new Random(7);
    String story = text(random, 200);
    write("b.txt", LocalDate.of(2024, 5, 2), story);
    write("c.txt", LocalDate.of(2024, 5, 3), edited(story, random, 80));
    write("other.txt", LocalDate.of(2024, 5, 1), text(random, 200));
    Path index = temp.resolve("index");
    index(index, null);
    assertEquals("b.txt", canonicalOf(index, "c.txt"));

    write("a.txt", LocalDate.of(2024, 5, 1), edited(story, random, 90)); // dated before b
    IndexSummary added = index(index, null);
    assertEquals(1, added.added());
    assertEquals(2, added.copies());
    assertEquals("a.txt", canonicalOf(index, "b.txt"), "the new earliest copy is canonical");
    assertGroupsAsCounted(index, 0.8);

    delete("a.txt");
    index(index, null);
    assertEquals("b.txt", canonicalOf(index, "c.txt"), "the next one is promoted");
    assertGroupsAsCounted(index, 0.8);

    delete("b.txt");
    IndexSummary alone = index(index, null);
    assertEquals(0, alone.duplicateGroups(), "a group of one is no group");
    assertTrue(groups(index).groups().isEmpty());
  }

  @Test
  void anotherThresholdGroupsAgainWithoutReadingAnyFile() throws Exception {
    plant();
    Path index = temp.resolve("index");
    index(index, null);
    IndexSummary strict = index(index, 0.95);
    assertEquals(0, strict.added() + strict.updated() + strict.removed());
    assertEquals(bodies.size(), strict.unchanged());
    assertGroupsAsCounted(index, 0.95);
    assertTrue(asSets(groups(index)).size() < expectedGroups(0.8).size() + 1);

    index(index, null); // the index keeps its threshold
    assertGroupsAsCounted(index, 0.95);
    try (LuceneCorpus opened = LuceneCorpus.open(index)) {
      assertEquals(0.95, opened.info().dupThreshold());
    }
    index(index, 0.8);
    assertGroupsAsCounted(index, 0.8);
  }

  @Test
  void aTextRepeatedManyTimesIsOneGroup() throws Exception {
    // Larger than the pairs one band bucket makes: every copy must still join the one group.
    String notice = "Photo: the agency. All rights reserved by the agency and its partners.";
    for (int i = 0; i < 100; i++) {
      write(String.format("n%03d.txt", i), LocalDate.of(2024, 1, 1).plusDays(i), notice);
    }
    Path index = temp.resolve("index");
    IndexSummary summary = index(index, null);
    assertEquals(1, summary.duplicateGroups());
    assertEquals(99, summary.copies());
    assertEquals("n000.txt", groups(index).groups().get(0).canonical());
  }

  @Test
  void articlesWithoutWordsAreNeverDuplicates() throws Exception {
    write("a.txt", LocalDate.of(2024, 1, 1), "— … —\n");
    write("b.txt", LocalDate.of(2024, 1, 2), "— … —\n");
    Path index = temp.resolve("index");
    assertEquals(0, index(index, null).duplicateGroups());
  }
}
