package corpus.query.lucene;

import corpus.dedup.Sketch;
import corpus.index.DuplicatePlace;
import corpus.index.ForwardShingles;
import corpus.index.Schema;
import corpus.query.DuplicateGroupList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * One shard's part of grouping a cluster's near-duplicates and of listing the groups: its articles'
 * sketches and shingles for the machine that groups them all, the places it found written back, and
 * the groups' members as the shard holds them. Articles are named by a key unique in the whole
 * cluster (a local index's id is only unique in its folder), and a copy's {@link
 * Schema#DUP_CANONICAL} holds its canonical article's key.
 */
public final class DuplicateParts {
  private final DirectoryReader reader;
  private final String keyField;

  /**
   * @param reader the shard's index at its last commit
   * @param keyField the sorted doc-values and indexed field that holds each article's key
   */
  public DuplicateParts(DirectoryReader reader, String keyField) {
    this.reader = reader;
    this.keyField = keyField;
  }

  /**
   * What grouping needs of one article.
   *
   * @param day its date as an epoch day, {@link Long#MAX_VALUE} when undated: the earliest is its
   *     group's canonical article
   * @param sketch its {@link Sketch}, or null for an article without words
   */
  public record SketchEntry(String key, String id, long day, byte[] sketch) {}

  /**
   * @param last the last key of the page: the next page starts after it
   * @param done no article follows
   */
  public record SketchPage(List<SketchEntry> articles, String last, boolean done) {}

  /**
   * The next page of the shard's live articles, by key.
   *
   * @param after the last key of the previous page, or null for the first
   */
  public SketchPage sketches(String after, int size) throws IOException {
    IdPages.Page page = IdPages.next(reader, keyField, (leaf, doc) -> true, after, size);
    Map<String, SketchEntry> byKey = new HashMap<>();
    List<IdPages.Article> inDocOrder = new ArrayList<>(page.articles());
    inDocOrder.sort(
        Comparator.comparingInt((IdPages.Article a) -> a.leaf().ord)
            .thenComparingInt(IdPages.Article::doc));
    LeafReaderContext current = null;
    SortedDocValues ids = null;
    NumericDocValues dates = null;
    BinaryDocValues sketches = null;
    for (IdPages.Article article : inDocOrder) {
      if (article.leaf() != current) {
        current = article.leaf();
        ids = DocValues.getSorted(current.reader(), Schema.ID);
        dates = DocValues.getNumeric(current.reader(), Schema.DATE);
        sketches = DocValues.getBinary(current.reader(), Schema.DUP_SKETCH);
      }
      int doc = article.doc();
      if (!ids.advanceExact(doc)) {
        throw new IOException("an article of this shard has no id: " + article.id());
      }
      byte[] sketch = null;
      if (sketches.advanceExact(doc) && sketches.binaryValue().length == Sketch.BYTES) {
        BytesRef bytes = sketches.binaryValue();
        sketch = Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
      }
      byKey.put(
          article.id(),
          new SketchEntry(
              article.id(),
              ids.lookupOrd(ids.ordValue()).utf8ToString(),
              dates.advanceExact(doc) ? dates.longValue() : Long.MAX_VALUE,
              sketch));
    }
    List<SketchEntry> articles = new ArrayList<>();
    page.articles().forEach(article -> articles.add(byKey.get(article.id())));
    return new SketchPage(articles, page.last(), page.done());
  }

  /**
   * The shingles of the articles of the given keys, in the order asked, each as {@link
   * #shingleBytes}; null for a key no live article of the shard has (removed since it was asked
   * about).
   */
  public List<byte[]> shingles(ForwardShingles shingles, List<String> keys) throws IOException {
    int[] docs = docsOf(keys);
    Integer[] order = new Integer[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      order[i] = i;
    }
    // Read in doc order: the forward index is read forwards.
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
    byte[][] found = new byte[keys.size()][];
    ForwardShingles.Reader words = shingles.reader();
    for (int i : order) {
      if (docs[i] >= 0) {
        found[i] = shingleBytes(words.of(docs[i]));
      }
    }
    return Arrays.asList(found);
  }

  /**
   * Shingles as they travel: 8 bytes each, big-endian (base64 in JSON). As JSON numbers they took
   * twice the bytes and most of a grouping's time to write and parse.
   */
  public static byte[] shingleBytes(long[] shingles) {
    ByteBuffer bytes = ByteBuffer.allocate(shingles.length * Long.BYTES);
    bytes.asLongBuffer().put(shingles);
    return bytes.array();
  }

  /** The shingles {@link #shingleBytes} made. */
  public static long[] shinglesOf(byte[] bytes) {
    long[] shingles = new long[bytes.length / Long.BYTES];
    ByteBuffer.wrap(bytes).asLongBuffer().get(shingles);
    return shingles;
  }

  /**
   * The live article of each key, as a doc id of the whole reader; -1 if there is none. One terms
   * enumeration per segment for all the keys.
   */
  private int[] docsOf(List<String> keys) throws IOException {
    int[] docs = new int[keys.size()];
    Arrays.fill(docs, -1);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(keyField);
      if (terms == null) {
        continue;
      }
      TermsEnum termsEnum = terms.iterator();
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum postings = null;
      for (int i = 0; i < keys.size(); i++) {
        if (docs[i] >= 0 || !termsEnum.seekExact(new BytesRef(keys.get(i)))) {
          continue;
        }
        postings = termsEnum.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            docs[i] = leaf.docBase + doc;
            break;
          }
        }
      }
    }
    return docs;
  }

  /**
   * An article's place with its key.
   *
   * @param key the article's key
   */
  public record KeyedPlace(String key, DuplicatePlace place) {}

  /**
   * Writes the places grouping found for the articles with keys after {@code after} and up to
   * {@code last}: the listed ones get theirs, every other article of that range is alone. Only what
   * differs from the shard's last commit is written, as doc-values updates through the shard's own
   * writer, by key; they are seen at the next commit.
   *
   * @param after the last key of the previous page, or null for the first
   * @param last the last key of this page, or null for every key after {@code after}
   * @param places the places of the range's articles in groups, by key
   * @return how many articles' places were written
   */
  public long writePlaces(
      IndexWriter writer, String after, String last, Collection<KeyedPlace> places)
      throws IOException {
    Map<String, DuplicatePlace> wanted = new HashMap<>();
    places.forEach(place -> wanted.put(place.key(), place.place()));
    long written = 0;
    for (LeafReaderContext context : reader.leaves()) {
      Bits live = context.reader().getLiveDocs();
      SortedDocValues keys = DocValues.getSorted(context.reader(), keyField);
      DuplicatePlaces placesNow = new DuplicatePlaces(context.reader());
      for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        String key = keys.lookupOrd(keys.ordValue()).utf8ToString();
        if ((after != null && key.compareTo(after) <= 0)
            || (last != null && key.compareTo(last) > 0)) {
          continue;
        }
        DuplicatePlace place = wanted.getOrDefault(key, DuplicatePlace.ALONE);
        if (!place.equals(placesNow.stored(doc))) {
          writer.updateDocValues(new Term(keyField, key), place.fields());
          written++;
        }
      }
    }
    return written;
  }

  /**
   * The shard's part of one group.
   *
   * @param canonical the key of the group's canonical article
   * @param members the group's articles on this shard
   * @param canonicalId the canonical article's id, when it is on this shard; else null
   * @param canonicalDay its date as an epoch day, when it is on this shard and dated; else {@link
   *     Long#MAX_VALUE}
   */
  public record GroupPart(String canonical, long members, String canonicalId, long canonicalDay) {}

  /**
   * @param last the last canonical key of the page: the next page starts after it
   * @param done no group follows
   */
  public record GroupPage(List<GroupPart> groups, String last, boolean done) {}

  /** The order of UTF-8 bytes (of code points), in which the shards' pages are merged. */
  private static final Comparator<String> BY_UTF8 =
      (x, y) -> new BytesRef(x).compareTo(new BytesRef(y));

  /**
   * The next page of the groups the shard's articles are in, by canonical key in UTF-8 order.
   *
   * @param after the last canonical key of the previous page, or null for the first
   * @param size groups a page holds at most
   */
  public GroupPage groups(String after, int size) throws IOException {
    // The page's groups first (the size smallest keys after the last page's), then their parts.
    TreeSet<String> page = new TreeSet<>(BY_UTF8);
    boolean overflowed = false;
    for (Member member : grouped(null)) {
      if (after == null || BY_UTF8.compare(member.canonical(), after) > 0) {
        page.add(member.canonical());
        if (page.size() > size) {
          page.pollLast();
          overflowed = true;
        }
      }
    }
    TreeMap<String, GroupPart> parts = new TreeMap<>(BY_UTF8);
    for (Member member : grouped(page)) {
      GroupPart part =
          parts.getOrDefault(
              member.canonical(), new GroupPart(member.canonical(), 0, null, Long.MAX_VALUE));
      boolean isCanonical = member.isCanonical();
      parts.put(
          member.canonical(),
          new GroupPart(
              member.canonical(),
              part.members() + 1,
              isCanonical ? member.id() : part.canonicalId(),
              isCanonical ? member.day() : part.canonicalDay()));
    }
    String last = page.isEmpty() ? after : page.last();
    return new GroupPage(List.copyOf(parts.values()), last, !overflowed);
  }

  /**
   * One article of the shard in a group.
   *
   * @param canonical the key of its group's canonical article
   * @param id its id, if it is the canonical article; else null
   * @param day its date as an epoch day, if it is the canonical article and dated; else {@link
   *     Long#MAX_VALUE}
   */
  private record Member(
      String canonical,
      String id,
      long day,
      LeafReaderContext leaf,
      int doc,
      DuplicatePlaces.Place place) {
    boolean isCanonical() {
      return !place.isCopy();
    }
  }

  /** The shard's live articles in groups: of the given canonical keys, or of all for null. */
  private List<Member> grouped(Set<String> canonicals) throws IOException {
    List<Member> members = new ArrayList<>();
    for (LeafReaderContext context : reader.leaves()) {
      Bits live = context.reader().getLiveDocs();
      DuplicatePlaces places = new DuplicatePlaces(context.reader());
      SortedDocValues ids = DocValues.getSorted(context.reader(), Schema.ID);
      NumericDocValues dates = DocValues.getNumeric(context.reader(), Schema.DATE);
      for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
        if ((live != null && !live.get(doc)) || places.role(doc) == Schema.DUP_ALONE) {
          continue;
        }
        DuplicatePlaces.Place place = places.of(doc);
        if (canonicals != null && !canonicals.contains(place.canonical())) {
          continue;
        }
        // The id and date only of a canonical article: the group's name and order.
        boolean canonical = !place.isCopy();
        members.add(
            new Member(
                place.canonical(),
                canonical && ids.advanceExact(doc)
                    ? ids.lookupOrd(ids.ordValue()).utf8ToString()
                    : null,
                canonical && dates.advanceExact(doc) ? dates.longValue() : Long.MAX_VALUE,
                context,
                doc,
                place));
      }
    }
    return members;
  }

  /**
   * A listed group's member as the shard holds it.
   *
   * @param canonical the key of its group's canonical article
   */
  public record MemberPart(String canonical, DuplicateGroupList.Member member) {}

  /** The shard's members of the groups of the given canonical keys. */
  public List<MemberPart> members(List<String> canonicals) throws IOException {
    List<MemberPart> parts = new ArrayList<>();
    Map<LeafReaderContext, StoredFields> fields = new HashMap<>();
    for (Member member : grouped(new HashSet<>(canonicals))) {
      StoredArticle article =
          StoredArticle.read(
              fields.computeIfAbsent(member.leaf(), DuplicateParts::storedFields), member.doc());
      parts.add(
          new MemberPart(
              member.canonical(),
              new DuplicateGroupList.Member(
                  article.id(),
                  article.date(),
                  article.source(),
                  article.title(),
                  member.place().similarity(),
                  member.isCanonical())));
    }
    return parts;
  }

  private static StoredFields storedFields(LeafReaderContext leaf) {
    try {
      return leaf.reader().storedFields();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
