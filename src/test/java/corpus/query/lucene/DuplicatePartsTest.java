package corpus.query.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.index.CorpusIndexer;
import corpus.index.DuplicatePlace;
import corpus.index.ForwardShingles;
import corpus.index.Schema;
import corpus.query.DuplicateGroupList;
import corpus.query.DuplicatesQuery;
import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shard's part of a cluster's near-duplicates, on a local index whose ids serve as keys: pages
 * read in turn are the whole, shingles are the forward index's, and written places cover exactly
 * their range of keys.
 */
class DuplicatePartsTest {
  @TempDir static Path temp;
  static Path index;

  /** The bundled articles, two exact copies of one and one of another, and an unrelated text. */
  @BeforeAll
  static void indexCopies() throws Exception {
    Path folder = temp.resolve("corpus");
    Files.createDirectories(folder);
    List<Path> articles;
    try (var files = Files.list(Path.of("corpus"))) {
      articles = files.sorted().toList();
    }
    for (Path article : articles) {
      Files.copy(article, folder.resolve(article.getFileName()));
    }
    Files.copy(articles.get(0), folder.resolve("z-copy-a.txt"));
    Files.copy(articles.get(0), folder.resolve("z-copy-b.txt"));
    Files.copy(articles.get(1), folder.resolve("z-copy-c.txt"));
    Files.writeString(folder.resolve("z-other.txt"), "date 2024-01-01\n\nNothing like the rest.");
    index = temp.resolve("index");
    new CorpusIndexer(Clock.systemUTC())
        .index(index, new IndexRequest(folder, "*.txt", false, 2), IndexProgress.NONE);
  }

  private static DirectoryReader open() throws Exception {
    return DirectoryReader.open(FSDirectory.open(index));
  }

  @Test
  void sketchPagesReadInTurnAreEveryArticleOnceInKeyOrder() throws Exception {
    try (DirectoryReader reader = open()) {
      DuplicateParts parts = new DuplicateParts(reader, Schema.ID);
      List<DuplicateParts.SketchEntry> whole = parts.sketches(null, 1000).articles();
      assertEquals(reader.numDocs(), whole.size());
      for (int size : new int[] {1, 2, 3, 4}) {
        List<String> paged = new ArrayList<>();
        String after = null;
        for (boolean done = false; !done; ) {
          DuplicateParts.SketchPage page = parts.sketches(after, size);
          assertTrue(page.articles().size() <= size);
          page.articles().forEach(entry -> paged.add(entry.key()));
          after = page.last();
          done = page.done();
        }
        assertEquals(whole.stream().map(DuplicateParts.SketchEntry::key).toList(), paged);
      }
      List<String> keys = whole.stream().map(DuplicateParts.SketchEntry::key).toList();
      assertEquals(keys.stream().sorted().toList(), keys);
      for (DuplicateParts.SketchEntry entry : whole) {
        assertEquals(entry.key(), entry.id(), "a local index's key is its id");
        assertNotNull(entry.sketch(), entry.id() + " has words");
      }
      // Exact copies have equal sketches.
      Map<String, DuplicateParts.SketchEntry> byId = new HashMap<>();
      whole.forEach(entry -> byId.put(entry.id(), entry));
      assertTrue(
          java.util.Arrays.equals(
              byId.get("z-copy-a.txt").sketch(), byId.get("z-copy-b.txt").sketch()));
    }
  }

  @Test
  void shinglesAreTheForwardIndexsAndAGoneKeyHasNone() throws Exception {
    try (DirectoryReader reader = open()) {
      DuplicateParts parts = new DuplicateParts(reader, Schema.ID);
      ForwardShingles forward = new ForwardShingles(reader);
      List<byte[]> shingles =
          parts.shingles(forward, List.of("z-copy-b.txt", "nosuch.txt", "z-copy-a.txt"));
      assertEquals(3, shingles.size());
      assertNull(shingles.get(1));
      long[] first = DuplicateParts.shinglesOf(shingles.get(0));
      assertTrue(first.length > 10);
      assertTrue(java.util.Arrays.equals(first, DuplicateParts.shinglesOf(shingles.get(2))));
      // As the forward index gives them, in order.
      long[] direct = forward.reader().of(docOf(reader, "z-copy-b.txt"));
      assertTrue(java.util.Arrays.equals(direct, first));
    }
  }

  private static int docOf(DirectoryReader reader, String id) throws Exception {
    for (LeafReaderContext leaf : reader.leaves()) {
      var ids = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), Schema.ID);
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (ids.advanceExact(doc) && ids.lookupOrd(ids.ordValue()).utf8ToString().equals(id)) {
          return leaf.docBase + doc;
        }
      }
    }
    throw new AssertionError("no article " + id);
  }

  @Test
  void groupPagesAndMembersAreTheLocalListing() throws Exception {
    try (DirectoryReader reader = open()) {
      DuplicateParts parts = new DuplicateParts(reader, Schema.ID);
      DuplicateGroupList local =
          new DuplicateListing(reader, IndexRequest.DEFAULT_DUP_THRESHOLD)
              .list(new DuplicatesQuery(0, 2));
      assertEquals(2, local.groupsTotal(), local.toString());
      for (int size : new int[] {1, 2, 100}) {
        List<DuplicateParts.GroupPart> groups = new ArrayList<>();
        String after = null;
        for (boolean done = false; !done; ) {
          DuplicateParts.GroupPage page = parts.groups(after, size);
          groups.addAll(page.groups());
          after = page.last();
          done = page.done();
        }
        assertEquals(local.groupsTotal(), groups.size());
        for (DuplicateGroupList.Group group : local.groups()) {
          DuplicateParts.GroupPart part =
              groups.stream()
                  .filter(g -> g.canonical().equals(group.canonical()))
                  .findFirst()
                  .orElseThrow();
          assertEquals(group.size(), part.members());
          assertEquals(group.canonical(), part.canonicalId());
          List<DuplicateGroupList.Member> members = new ArrayList<>();
          parts.members(List.of(group.canonical())).forEach(m -> members.add(m.member()));
          members.sort(DuplicateGroupList.Member.ORDER);
          assertEquals(group.members(), members);
        }
      }
    }
  }

  /** Every article's place as its doc values hold it, by id. */
  private static Map<String, DuplicatePlace> places(DirectoryReader reader) throws Exception {
    Map<String, DuplicatePlace> places = new TreeMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      DuplicatePlaces stored = new DuplicatePlaces(leaf.reader());
      var ids = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), Schema.ID);
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        ids.advanceExact(doc);
        places.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), stored.stored(doc));
      }
    }
    return places;
  }

  @Test
  void writtenPlacesCoverTheirRangeOfKeysAndNothingElse() throws Exception {
    Path copy = temp.resolve("written");
    try (FSDirectory from = FSDirectory.open(index);
        FSDirectory to = FSDirectory.open(copy)) {
      for (String file : from.listAll()) {
        if (!file.equals("write.lock")) {
          to.copyFrom(from, file, file, org.apache.lucene.store.IOContext.DEFAULT);
        }
      }
    }
    Map<String, DuplicatePlace> before;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(copy))) {
      before = places(reader);
    }
    List<String> ids = new ArrayList<>(before.keySet());
    String after = ids.get(1);
    String last = ids.get(ids.size() - 3);
    // In range: one article made a copy of the first, the rest (copies before) left alone.
    String made = ids.get(3);
    DuplicatePlace wanted = new DuplicatePlace(Schema.DUP_COPY, ids.get(0), 912_345);
    long written;
    try (FSDirectory directory = FSDirectory.open(copy);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig());
        DirectoryReader reader = DirectoryReader.open(writer)) {
      written =
          new DuplicateParts(reader, Schema.ID)
              .writePlaces(
                  writer, after, last, List.of(new DuplicateParts.KeyedPlace(made, wanted)));
      writer.commit();
    }
    Map<String, DuplicatePlace> now;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(copy))) {
      now = places(reader);
    }
    long changed = 0;
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      boolean inRange = i > 1 && i <= ids.size() - 3;
      DuplicatePlace expected =
          !inRange ? before.get(id) : id.equals(made) ? wanted : DuplicatePlace.ALONE;
      assertEquals(expected, now.get(id), id);
      if (!expected.equals(before.get(id))) {
        changed++;
      }
    }
    assertEquals(changed, written);
    assertTrue(written >= 2, "the range held grouped articles to set alone: " + written);
    // Outside the range, a copy stays one.
    assertEquals(Schema.DUP_COPY, now.get(ids.get(ids.size() - 2)).role(), ids.toString());
  }
}
