package corpus.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.dedup.DuplicateGroups.Group;
import corpus.dedup.DuplicateGroups.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole chain on real text: shingles, signatures, banding, verification, groups. */
class NearDuplicatesTest {
  static List<String> articles;

  @BeforeAll
  static void readArticles() {
    articles = EuroparlArticles.read(300);
  }

  private static List<List<String>> groupIds(NearDuplicates dups) {
    return dups.groups().stream().map(g -> g.members().stream().map(Member::id).toList()).toList();
  }

  @Test
  void identicalTextsMakeOneGroup() {
    NearDuplicates dups = new NearDuplicates(0.8);
    String text = articles.get(0);
    dups.add(new Member("x/2", 100L), dups.signature(TextShingles.of(text)));
    dups.add(new Member("x/1", 100L), dups.signature(TextShingles.of(text)));
    dups.add(new Member("x/3", 99L), dups.signature(TextShingles.of(text)));
    assertEquals(List.of(List.of("x/3", "x/1", "x/2")), groupIds(dups));
  }

  @ParameterizedTest(name = "article {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
  void wireCopiesJoinTheirOriginal(int which) {
    String original = articles.get(which);
    WireEdits edits = new WireEdits(which);
    NearDuplicates dups = new NearDuplicates(0.8);
    dups.add(new Member("original", 1L), dups.signature(TextShingles.of(original)));
    List<String> copies =
        List.of(
            edits.changeFirstLine(original),
            edits.dropParagraph(original),
            edits.typos(original, 3),
            edits.copy(original, 3)); // all three at once
    for (int i = 0; i < copies.size(); i++) {
      double exact = Shingles.jaccard(TextShingles.of(original), TextShingles.of(copies.get(i)));
      assertTrue(exact >= 0.8, "the edits leave copy " + i + " a wire copy: " + exact);
      List<String> matched =
          dups.add(new Member("copy" + i, 2L), dups.signature(TextShingles.of(copies.get(i))));
      assertTrue(matched.contains("original"), "copy " + i + " (exact Jaccard " + exact + ")");
    }
    assertEquals(1, dups.groups().size());
    assertEquals("original", dups.groups().get(0).canonical().id());
  }

  @Test
  void differentArticlesMakeNoGroup() {
    NearDuplicates dups = new NearDuplicates(0.8);
    for (int i = 0; i < articles.size(); i++) {
      dups.add(new Member("a" + i, (long) i), dups.signature(TextShingles.of(articles.get(i))));
    }
    assertEquals(List.of(), dups.groups());
  }

  @Test
  void anIncrementalRunMatchesNewArticlesAgainstStoredSignatures() {
    NearDuplicates first = new NearDuplicates(0.8);
    Signature stored = first.signature(TextShingles.of(articles.get(3)));
    byte[] bytes = stored.toBytes(); // as a doc value

    NearDuplicates second = new NearDuplicates(0.8);
    second.add(new Member("old", 10L), Signature.fromBytes(bytes));
    String copy = new WireEdits(1).copy(articles.get(3), 2);
    assertEquals(
        List.of("old"), second.add(new Member("new", 5L), second.signature(TextShingles.of(copy))));
    assertEquals("new", second.canonical("old").id(), "the earlier date wins, even if added later");
    second.remove("new");
    assertEquals("old", second.canonical("old").id());
    assertEquals(List.of(), second.groups());
  }

  @Test
  void removingTheCanonicalArticlePromotesTheNext() {
    NearDuplicates dups = new NearDuplicates(0.8);
    String text = articles.get(5);
    WireEdits edits = new WireEdits(3);
    dups.add(new Member("b", 2L), dups.signature(TextShingles.of(text)));
    dups.add(new Member("a", 1L), dups.signature(TextShingles.of(edits.copy(text, 1))));
    dups.add(new Member("c", 2L), dups.signature(TextShingles.of(edits.copy(text, 2))));
    assertEquals("a", dups.canonical("c").id());
    dups.remove("a");
    Group group = dups.groups().get(0);
    assertEquals("b", group.canonical().id());
    assertEquals(List.of("b", "c"), group.members().stream().map(Member::id).toList());
    // a removed article is no candidate any more
    assertEquals(
        List.of("b", "c"), dups.add(new Member("d", 3L), dups.signature(TextShingles.of(text))));
  }

  @Test
  void aVerifierMayJudgeCandidatesByExactJaccard() {
    NearDuplicates dups = new NearDuplicates(0.8);
    Map<String, long[]> shingles = new HashMap<>();
    String text = articles.get(7);
    String copy = new WireEdits(9).copy(text, 2);
    shingles.put("a", TextShingles.of(text));
    dups.add(new Member("a", 1L), dups.signature(TextShingles.of(text)));
    long[] mine = TextShingles.of(copy);
    List<Double> seen = new ArrayList<>();
    NearDuplicates.Verifier exact =
        (id, estimate) -> {
          seen.add(estimate);
          return Shingles.jaccard(mine, shingles.get(id)) >= 0.8;
        };
    assertEquals(
        List.of("a"), dups.add(new Member("b", 2L), dups.signature(TextShingles.of(copy)), exact));
    assertEquals(1, seen.size());
    NearDuplicates.Verifier never = (id, estimate) -> false;
    assertEquals(
        List.of(), dups.add(new Member("c", 3L), dups.signature(TextShingles.of(text)), never));
  }

  @Test
  void emptyTextsAreNobodysDuplicate() {
    NearDuplicates dups = new NearDuplicates(0.8);
    assertEquals(List.of(), dups.add(new Member("e1", 1L), dups.signature(TextShingles.of(""))));
    assertEquals(List.of(), dups.add(new Member("e2", 1L), dups.signature(TextShingles.of("—"))));
    assertEquals(List.of(), dups.groups());
  }

  @Test
  void theThresholdMustBeAFraction() {
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(0));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(1.5));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(Double.NaN));
  }
}
