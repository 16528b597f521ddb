package corpus.query.lucene;

import corpus.query.DuplicateGroupList;
import corpus.query.DuplicatesQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/** Lists the groups of near-duplicates and counts the copies among a selection of articles. */
final class DuplicateListing {
  /** Largest first; then by the canonical article's date (undated last) and id. */
  private static final Comparator<DuplicateGroupList.Group> ORDER =
      Comparator.comparingInt(DuplicateGroupList.Group::size)
          .reversed()
          .thenComparing(
              g -> g.members().get(0).date(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(DuplicateGroupList.Group::canonical);

  /** The canonical article first, then by date (undated last) and id. */
  private static final Comparator<DuplicateGroupList.Member> MEMBER_ORDER =
      Comparator.comparing((DuplicateGroupList.Member m) -> !m.canonical())
          .thenComparing(
              DuplicateGroupList.Member::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(DuplicateGroupList.Member::id);

  private final IndexReader reader;
  private final double threshold;

  DuplicateListing(IndexReader reader, double threshold) {
    this.reader = reader;
    this.threshold = threshold;
  }

  DuplicateGroupList list(DuplicatesQuery query) throws IOException {
    Map<String, List<DuplicateGroupList.Member>> byCanonical = new LinkedHashMap<>();
    for (LeafReaderContext context : reader.leaves()) {
      Bits live = context.reader().getLiveDocs();
      DuplicatePlaces places = new DuplicatePlaces(context.reader());
      StoredFields fields = context.reader().storedFields();
      for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        DuplicatePlaces.Place place = places.of(doc);
        if (!place.inGroup()) {
          continue;
        }
        StoredArticle article = StoredArticle.read(fields, doc);
        byCanonical
            .computeIfAbsent(place.canonical(), c -> new ArrayList<>())
            .add(
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
    long inGroups = 0;
    for (Map.Entry<String, List<DuplicateGroupList.Member>> entry : byCanonical.entrySet()) {
      List<DuplicateGroupList.Member> members = new ArrayList<>(entry.getValue());
      members.sort(MEMBER_ORDER);
      inGroups += members.size();
      groups.add(new DuplicateGroupList.Group(members.size(), entry.getKey(), members));
    }
    groups.sort(ORDER);
    List<DuplicateGroupList.Group> listed =
        groups.stream().filter(g -> g.size() >= query.minSize()).limit(query.groups()).toList();
    return new DuplicateGroupList(
        threshold, reader.numDocs(), groups.size(), inGroups, inGroups - groups.size(), listed);
  }

  /** How many of the selected articles are copies that {@code --dedup} sets aside. */
  static long copiesAmong(IndexReader reader, FixedBitSet selected) throws IOException {
    long copies = 0;
    for (LeafReaderContext context : reader.leaves()) {
      DuplicatePlaces places = new DuplicatePlaces(context.reader());
      for (int doc = 0; doc < context.reader().maxDoc(); doc++) {
        if (selected.get(context.docBase + doc)
            && places.role(doc) == corpus.index.Schema.DUP_COPY) {
          copies++;
        }
      }
    }
    return copies;
  }
}
