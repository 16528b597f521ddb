package corpus.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The groups of near-duplicates in the index, largest first (ties: the earlier canonical article).
 *
 * @param threshold the exact Jaccard similarity of word shingles from which two articles were taken
 *     for near-duplicates
 * @param articles live articles in the index
 * @param groupsTotal groups in the index, listed or not
 * @param articlesInGroups articles in those groups
 * @param copies articles in groups other than each group's canonical one: what {@code --dedup} sets
 *     aside
 * @param groups the groups listed
 */
public record DuplicateGroupList(
    double threshold,
    long articles,
    long groupsTotal,
    long articlesInGroups,
    long copies,
    List<Group> groups)
    implements Result {
  public DuplicateGroupList {
    groups = List.copyOf(groups);
  }

  /**
   * One group: its canonical article (the earliest dated, then the smallest id) first, then the
   * others by date and id.
   */
  public record Group(int size, String canonical, List<Member> members) {
    public Group {
      members = List.copyOf(members);
    }
  }

  /**
   * @param similarity the exact Jaccard similarity of its shingles with the canonical article's (1
   *     for the canonical article itself); a copy of a copy may be below the threshold here
   */
  public record Member(
      String id,
      LocalDate date,
      String source,
      String title,
      double similarity,
      boolean canonical) {
    /** The canonical article first, then by date (undated last) and id. */
    public static final Comparator<Member> ORDER =
        Comparator.comparing((Member m) -> !m.canonical())
            .thenComparing(Member::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Member::id);
  }
}
