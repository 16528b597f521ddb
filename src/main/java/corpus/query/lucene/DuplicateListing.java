package corpus.query.lucene;

import corpus.index.Schema;
import corpus.query.CompareQuery;
import corpus.query.DuplicateGroupList;
import corpus.query.DuplicatesQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/** Lists the groups of near-duplicates and counts the copies among a selection of articles. */
final class DuplicateListing {
  private final IndexReader reader;
  private final double threshold;

  DuplicateListing(IndexReader reader, double threshold) {
    this.reader = reader;
    this.threshold = threshold;
  }

  DuplicateGroupList list(DuplicatesQuery query) throws IOException {
    // First the groups' sizes and canonical dates from doc values alone; then the stored fields of
    // the listed groups' members only, so listing the top 20 of a million copies stays quick.
    Map<String, GroupSize> sizes = new HashMap<>();
    for (LeafReaderContext context : reader.leaves()) {
      Bits live = context.reader().getLiveDocs();
      DuplicatePlaces places = new DuplicatePlaces(context.reader());
      NumericDocValues dates = DocValues.getNumeric(context.reader(), Schema.DATE);
      for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        DuplicatePlaces.Place place = places.of(doc);
        if (place.inGroup()) {
          GroupSize group = sizes.computeIfAbsent(place.canonical(), GroupSize::new);
          group.members++;
          if (!place.isCopy() && dates.advanceExact(doc)) {
            group.canonicalDay = dates.longValue();
          }
        }
      }
    }
    // Largest first; then by the canonical article's date (undated last) and id.
    List<GroupSize> ordered = new ArrayList<>(sizes.values());
    ordered.sort(
        Comparator.comparingInt((GroupSize g) -> g.members)
            .reversed()
            .thenComparingLong(g -> g.canonicalDay)
            .thenComparing(g -> g.canonical));
    Map<String, List<DuplicateGroupList.Member>> listed = new LinkedHashMap<>();
    for (GroupSize group : ordered) {
      if (listed.size() < query.groups() && group.members >= query.minSize()) {
        listed.put(group.canonical, new ArrayList<>());
      }
    }
    for (LeafReaderContext context : reader.leaves()) {
      Bits live = context.reader().getLiveDocs();
      DuplicatePlaces places = new DuplicatePlaces(context.reader());
      StoredFields fields = context.reader().storedFields();
      for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        DuplicatePlaces.Place place = places.of(doc);
        List<DuplicateGroupList.Member> members =
            place.inGroup() ? listed.get(place.canonical()) : null;
        if (members == null) {
          continue;
        }
        StoredArticle article = StoredArticle.read(fields, doc);
        members.add(
            new DuplicateGroupList.Member(
                article.id(),
                article.date(),
                article.source(),
                article.title(),
                place.similarity(),
                !place.isCopy()));
      }
    }
    List<DuplicateGroupList.Group> groups = new ArrayList<>();
    for (Map.Entry<String, List<DuplicateGroupList.Member>> entry : listed.entrySet()) {
      List<DuplicateGroupList.Member> members = new ArrayList<>(entry.getValue());
      members.sort(DuplicateGroupList.Member.ORDER);
      groups.add(new DuplicateGroupList.Group(members.size(), entry.getKey(), members));
    }
    long inGroups = sizes.values().stream().mapToLong(g -> g.members).sum();
    return new DuplicateGroupList(
        threshold, reader.numDocs(), sizes.size(), inGroups, inGroups - sizes.size(), groups);
  }

  /** A group as the first pass counts it. */
  private static final class GroupSize {
    final String canonical;
    int members;
    long canonicalDay = Long.MAX_VALUE; // undated last

    GroupSize(String canonical) {
      this.canonical = canonical;
    }
  }

  /** How many of the articles of any of the sets are copies that {@code --dedup} sets aside. */
  static long copiesAmong(
      IndexSearcher searcher, QueryParsing parsing, List<CompareQuery.Subset> sets)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    FixedBitSet selected = new FixedBitSet(Math.max(1, reader.maxDoc()));
    for (CompareQuery.Subset set : sets) {
      selected.or(Selection.of(searcher, parsing, set));
    }
    long copies = 0;
    for (LeafReaderContext context : reader.leaves()) {
      DuplicatePlaces places = new DuplicatePlaces(context.reader());
      for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
        if (selected.get(context.docBase + doc) && places.role(doc) == Schema.DUP_COPY) {
          copies++;
        }
      }
    }
    return copies;
  }
}
