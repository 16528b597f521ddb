package corpus.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups of near-duplicates in memory, for {@link NearDuplicates} (the index keeps its groups with
 * a union–find over doc ids in {@code corpus.index.DuplicateGrouping}): the connected components of
 * the verified pairs ({@link #link}), each with a canonical member, the first by the order given to
 * the constructor ({@link Member#CANONICAL_ORDER} by default: earliest date, then smallest id).
 *
 * <p>Groups are transitive: if A is like B and B like C, all three are one group even when A and C
 * alone would not pass the threshold. That is what a wire story copied and re-edited along a chain
 * looks like, and it keeps "counted once" well defined.
 *
 * <p><b>Removal.</b> Removing a member removes its pairs. Removing a canonical member promotes the
 * next by the same order; removing a member that was the only link between others splits the group.
 * Union–find cannot undo a union, so after a removal the groups are recomputed from the remaining
 * pairs, the next time they are asked for: simple, and correct by construction, at a cost of
 * O(members + pairs) per batch of removals, not per removal. Adding members and pairs stays
 * incremental.
 *
 * <p>Not thread-safe.
 */
public final class DuplicateGroups {

  /**
   * An article as far as grouping goes: its id and its date as a day number ({@link
   * java.time.LocalDate#toEpochDay()}), or null when it has none.
   */
  public record Member(String id, Long epochDay) {
    /** Earliest date first, undated articles after dated ones, then smallest id. */
    public static final Comparator<Member> CANONICAL_ORDER =
        Comparator.comparing(Member::epochDay, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Member::id);

    public Member {
      Objects.requireNonNull(id, "id");
    }
  }

  /** A group of at least two members: its canonical member and all members in canonical order. */
  public record Group(Member canonical, List<Member> members) {
    public Group {
      members = List.copyOf(members);
    }
  }

  private final Comparator<Member> order;
  private final Map<String, Member> members = new HashMap<>();
  private final Map<String, Set<String>> pairs = new HashMap<>(); // both directions
  private final Map<String, String> parent = new HashMap<>(); // union–find; absent: a root
  private final Map<String, Member> canonicalOfRoot = new HashMap<>();
  private boolean stale; // a removal since the union–find was last built

  /** Groups whose canonical member is the first by {@link Member#CANONICAL_ORDER}. */
  public DuplicateGroups() {
    this(Member.CANONICAL_ORDER);
  }

  /** Groups whose canonical member is the first by {@code order}, which must be a total order. */
  public DuplicateGroups(Comparator<Member> order) {
    this.order = Objects.requireNonNull(order, "order");
  }

  /** Adds a member on its own, or replaces the date of one already there. */
  public void add(Member member) {
    Member old = members.put(member.id(), member);
    if (old != null && !old.equals(member)) {
      stale = true; // its date changed: canonical choices may change
    }
  }

  /** Whether {@code id} is a member. */
  public boolean contains(String id) {
    return members.containsKey(id);
  }

  /** The number of members, grouped or not. */
  public int size() {
    return members.size();
  }

  /**
   * Records a verified pair: the two members are in one group from now on (until one of them is
   * removed).
   *
   * @throws IllegalArgumentException if either is not a member
   */
  public void link(String a, String b) {
    if (!members.containsKey(a) || !members.containsKey(b)) {
      throw new IllegalArgumentException("not a member: " + (members.containsKey(a) ? b : a));
    }
    if (a.equals(b)) {
      return;
    }
    pairs.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
    pairs.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
    if (!stale) {
      union(a, b);
    }
  }

  /** Removes a member and its pairs; false if it was not one. */
  public boolean remove(String id) {
    if (members.remove(id) == null) {
      return false;
    }
    Set<String> others = pairs.remove(id);
    if (others != null) {
      for (String other : others) {
        Set<String> back = pairs.get(other);
        back.remove(id);
        if (back.isEmpty()) {
          pairs.remove(other);
        }
      }
    }
    stale = true;
    return true;
  }

  /** The canonical member of {@code id}'s group (itself when alone), or null if not a member. */
  public Member canonical(String id) {
    Member member = members.get(id);
    if (member == null) {
      return null;
    }
    rebuildIfStale();
    Member canonical = canonicalOfRoot.get(find(id));
    return canonical == null ? member : canonical;
  }

  /** Whether {@code id} is a member and the canonical member of its group (or alone). */
  public boolean isCanonical(String id) {
    Member canonical = canonical(id);
    return canonical != null && canonical.id().equals(id);
  }

  /** The groups of two or more members, ordered by their canonical members. */
  public List<Group> groups() {
    rebuildIfStale();
    Map<String, List<Member>> byRoot = new HashMap<>();
    for (String id : pairs.keySet()) {
      byRoot.computeIfAbsent(find(id), k -> new ArrayList<>()).add(members.get(id));
    }
    List<Group> groups = new ArrayList<>();
    for (List<Member> group : byRoot.values()) {
      group.sort(order);
      groups.add(new Group(group.get(0), group));
    }
    groups.sort(Comparator.comparing(Group::canonical, order));
    return groups;
  }

  private String find(String id) {
    String root = id;
    for (String up = parent.get(root); up != null; up = parent.get(root)) {
      root = up;
    }
    while (!id.equals(root)) { // path compression
      String up = parent.put(id, root);
      id = up;
    }
    return root;
  }

  private void union(String a, String b) {
    String ra = find(a);
    String rb = find(b);
    if (ra.equals(rb)) {
      return;
    }
    Member ca = canonicalOfRoot.getOrDefault(ra, members.get(ra));
    Member cb = canonicalOfRoot.getOrDefault(rb, members.get(rb));
    parent.put(rb, ra);
    canonicalOfRoot.remove(rb);
    canonicalOfRoot.put(ra, order.compare(ca, cb) <= 0 ? ca : cb);
  }

  private void rebuildIfStale() {
    if (!stale) {
      return;
    }
    parent.clear();
    canonicalOfRoot.clear();
    stale = false;
    // sorted, so the result does not depend on the hash order of the maps
    for (String a : new TreeSet<>(pairs.keySet())) {
      for (String b : pairs.get(a)) {
        if (a.compareTo(b) < 0) {
          union(a, b);
        }
      }
    }
  }
}
