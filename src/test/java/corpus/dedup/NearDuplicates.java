package corpus.dedup;

import corpus.dedup.DuplicateGroups.Member;
import java.util.ArrayList;
import java.util.List;

/**
 * Near-duplicate detection in memory, a reference model for the tests of shingles, signatures and
 * banding on real text (the index does it from stored sketches and exact similarity, in {@code
 * corpus.index.DuplicateGrouping}): each article added is matched against those already added
 * ({@link LshIndex} candidates, verified by estimated Jaccard similarity ≥ the threshold) and
 * joined to their {@link DuplicateGroups group}.
 *
 * <p>For an incremental run, add the stored signatures of the articles already indexed first (with
 * {@link #add}, as for new ones: the pairs among them are found again), then the new articles.
 *
 * <p>Not thread-safe.
 */
public final class NearDuplicates {
  /** The default threshold on the estimated Jaccard similarity. */
  public static final double DEFAULT_THRESHOLD = 0.8;

  private final MinHash minHash;
  private final LshIndex index;
  private final DuplicateGroups groups;
  private final double threshold;

  /** The defaults: 128 slots, 21 bands of 6 rows, canonical by date then id. */
  public NearDuplicates(double threshold) {
    this(MinHash.DEFAULT, new LshIndex(), new DuplicateGroups(), threshold);
  }

  public NearDuplicates(MinHash minHash, LshIndex index, DuplicateGroups groups, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("the threshold must be in (0, 1]: " + threshold);
    }
    if (minHash.slots() < index.bands() * index.rows()) {
      throw new IllegalArgumentException("fewer slots than the bands need");
    }
    this.minHash = minHash;
    this.index = index;
    this.groups = groups;
    this.threshold = threshold;
  }

  /**
   * The signature of an article's {@link Shingles}, to store with it and to pass to {@link #add}.
   */
  public Signature signature(long[] shingles) {
    return minHash.sign(shingles);
  }

  /** Decides whether a candidate (an article sharing a band) is a duplicate. */
  @FunctionalInterface
  public interface Verifier {
    /**
     * Whether the article being added duplicates {@code candidateId}, whose signature agrees with
     * its own in the fraction {@code estimate} of slots.
     */
    boolean accept(String candidateId, double estimate);
  }

  /**
   * Adds an article and links it to every earlier article whose signature is estimated at least
   * {@code threshold} similar; returns their ids, most similar first.
   *
   * @throws IllegalArgumentException if the id was already added, or the signature's slots do not
   *     match
   */
  public List<String> add(Member member, Signature signature) {
    return add(member, signature, (id, estimate) -> estimate >= threshold);
  }

  /**
   * Adds an article and links it to every earlier article that shares a band with it and that
   * {@code verifier} accepts; returns their ids, the most similar by estimate first. With a
   * verifier that computes the exact Jaccard similarity of the two texts' {@link Shingles} (the
   * candidates are few: about one per article in the benchmark), pairs near the threshold are
   * judged exactly instead of with the estimate's error of ±0.035.
   */
  public List<String> add(Member member, Signature signature, Verifier verifier) {
    if (!signature.isEmpty() && signature.slots() != minHash.slots()) {
      throw new IllegalArgumentException(
          "a signature of " + signature.slots() + " slots, not " + minHash.slots());
    }
    List<LshIndex.Match> matches = new ArrayList<>();
    for (LshIndex.Match match : index.matches(signature, 0)) {
      if (verifier.accept(match.id(), match.estimate())) {
        matches.add(match);
      }
    }
    index.add(member.id(), signature);
    groups.add(member);
    List<String> ids = new ArrayList<>(matches.size());
    for (LshIndex.Match match : matches) {
      groups.link(member.id(), match.id());
      ids.add(match.id());
    }
    return ids;
  }

  /** Removes an article; its group's next member becomes canonical if it was. */
  public boolean remove(String id) {
    boolean held = index.remove(id);
    return groups.remove(id) || held;
  }

  /** The canonical member of the article's group (itself when alone), or null if unknown. */
  public Member canonical(String id) {
    return groups.canonical(id);
  }

  /** The groups of two or more articles, ordered by their canonical members. */
  public List<DuplicateGroups.Group> groups() {
    return groups.groups();
  }

  public double threshold() {
    return threshold;
  }
}
