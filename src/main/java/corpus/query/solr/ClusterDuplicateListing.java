package corpus.query.solr;

import com.fasterxml.jackson.databind.JavaType;
import corpus.query.DuplicateGroupList;
import corpus.query.DuplicatesQuery;
import corpus.query.lucene.DuplicateParts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Lists a cluster's groups of near-duplicates as a local index lists its own: a group's members may
 * be on every shard, so the shards' parts of the groups are merged by canonical key, page by page,
 * and only the groups listed are kept; then the listed groups' members are fetched.
 */
final class ClusterDuplicateListing {
  /** Groups per shard and page. */
  private static final int GROUPS_PAGE = 50_000;

  /** Largest first; then by the canonical article's date (undated last), id and key. */
  private static final Comparator<DuplicateParts.GroupPart> GROUP_ORDER =
      Comparator.comparingLong((DuplicateParts.GroupPart g) -> g.members())
          .reversed()
          .thenComparingLong(DuplicateParts.GroupPart::canonicalDay)
          .thenComparing(DuplicateParts.GroupPart::canonicalId)
          .thenComparing(DuplicateParts.GroupPart::canonical);

  private final Cluster cluster;

  /** The id of an article of a key (the key less its origin). */
  private final UnaryOperator<String> idOfKey;

  ClusterDuplicateListing(Cluster cluster, UnaryOperator<String> idOfKey) {
    this.cluster = cluster;
    this.idOfKey = idOfKey;
  }

  DuplicateGroupList list(DuplicatesQuery query, double threshold, long articles)
      throws IOException {
    TreeSet<DuplicateParts.GroupPart> listed = new TreeSet<>(GROUP_ORDER);
    long[] groups = new long[1];
    long[] inGroups = new long[1];
    SortedPages.merge(
        cluster.shards().size(),
        SortedPages.ofShards(
            cluster,
            Wire.Op.DUP_GROUPS,
            after -> new Wire.PageArgs(after, GROUPS_PAGE),
            DuplicateParts.GroupPage.class,
            p -> new SortedPages.Page<>(p.groups(), p.last(), p.done())),
        DuplicateParts.GroupPart::canonical,
        (a, b) ->
            new DuplicateParts.GroupPart(
                a.canonical(),
                a.members() + b.members(),
                a.canonicalId() != null ? a.canonicalId() : b.canonicalId(),
                Math.min(a.canonicalDay(), b.canonicalDay())),
        group -> {
          groups[0]++;
          inGroups[0] += group.members();
          if (group.members() >= query.minSize()) {
            listed.add(named(group));
            if (listed.size() > query.groups()) {
              listed.pollLast();
            }
          }
        });
    List<String> canonicals = new ArrayList<>();
    listed.forEach(group -> canonicals.add(group.canonical()));
    Map<String, List<DuplicateGroupList.Member>> members = new HashMap<>();
    if (!canonicals.isEmpty()) {
      JavaType parts =
          Wire.JSON
              .getTypeFactory()
              .constructCollectionType(List.class, DuplicateParts.MemberPart.class);
      List<List<DuplicateParts.MemberPart>> answers =
          cluster.askShards(Wire.Op.DUP_MEMBERS, canonicals, parts);
      for (List<DuplicateParts.MemberPart> shard : answers) {
        for (DuplicateParts.MemberPart part : shard) {
          members.computeIfAbsent(part.canonical(), key -> new ArrayList<>()).add(part.member());
        }
      }
    }
    List<DuplicateGroupList.Group> shown = new ArrayList<>();
    for (DuplicateParts.GroupPart group : listed) {
      List<DuplicateGroupList.Member> of =
          new ArrayList<>(members.getOrDefault(group.canonical(), List.of()));
      of.sort(DuplicateGroupList.Member.ORDER);
      shown.add(new DuplicateGroupList.Group(of.size(), group.canonicalId(), of));
    }
    return new DuplicateGroupList(
        threshold, articles, groups[0], inGroups[0], inGroups[0] - groups[0], shown);
  }

  /**
   * The group with its canonical article's id: from the shard that holds it, or from its key if it
   * was removed after the grouping.
   */
  private DuplicateParts.GroupPart named(DuplicateParts.GroupPart group) {
    return group.canonicalId() != null
        ? group
        : new DuplicateParts.GroupPart(
            group.canonical(),
            group.members(),
            idOfKey.apply(group.canonical()),
            group.canonicalDay());
  }
}
