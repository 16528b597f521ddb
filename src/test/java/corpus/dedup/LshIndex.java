package corpus.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The banding of {@link Sketch}, on full signatures and in memory: a reference for the tests and
 * for {@code corpus.bench.DuplicateQuality}, which check the banding's S-curve on it; the index
 * groups from stored sketches instead ({@code corpus.index.DuplicateGrouping}).
 *
 * <p>Locality-sensitive hashing of {@link Signature}s by banding: the first {@code bands·rows}
 * slots are cut into {@code bands} bands of {@code rows} slots, and two signatures are candidates
 * when they agree on all the slots of at least one band. A pair of Jaccard similarity J becomes a
 * candidate with probability 1 − (1 − J^r)^b, an S-curve; the candidates are then verified by their
 * estimated similarity ({@link #matches}).
 *
 * <p>The default banding, {@value #DEFAULT_BANDS} bands of {@value #DEFAULT_ROWS} rows over 128
 * slots (126 slots banded; the estimate still uses all 128), gives:
 *
 * <pre>
 *   J       0.2     0.3     0.4     0.5     0.6     0.7     0.8     0.9
 *   P     0.0013  0.015   0.083   0.28    0.63    0.93    0.9983  1.0000
 * </pre>
 *
 * <p>so a pair at the threshold 0.8 is missed by the banding in 1.7 cases of 1,000, while pairs of
 * different articles (J near 0) practically never meet. Bands that use every slot do worse: 32 × 4
 * catches 0.87 of the pairs at J = 0.5 and 0.23 at 0.3 (many needless verifications), 16 × 8 only
 * 0.947 at 0.8.
 *
 * <p>Memory: an article costs its signature (4 bytes a slot) and one entry in each band's table
 * (about 32 bytes each with the table's spare room), about 1.3 KB in all with the defaults: 1.3 GB
 * for a million articles, so a large index should rather keep the band keys in the index itself.
 * Removal leaves the band entries in place and skips the removed article from then on.
 *
 * <p>Not thread-safe.
 */
public final class LshIndex {
  /** The default number of bands. */
  public static final int DEFAULT_BANDS = Sketch.BANDS;

  /** The default number of rows (slots) per band. */
  public static final int DEFAULT_ROWS = Sketch.ROWS;

  /** A verified candidate: its id and the estimated Jaccard similarity. */
  public record Match(String id, double estimate) {}

  private final int bands;
  private final int rows;
  private final Map<String, Integer> ordinals = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final List<Signature> signatures = new ArrayList<>(); // null once removed
  private final BandTable table = new BandTable();

  /** An index with the default banding, for signatures of at least 126 slots. */
  public LshIndex() {
    this(DEFAULT_BANDS, DEFAULT_ROWS);
  }

  /** An index of {@code bands} bands of {@code rows} rows each. */
  public LshIndex(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be positive: " + bands + "×" + rows);
    }
    this.bands = bands;
    this.rows = rows;
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** The number of signatures held (removed ones not counted). */
  public int size() {
    return ordinals.size();
  }

  /** Whether the index holds a signature for {@code id}. */
  public boolean contains(String id) {
    return ordinals.containsKey(id);
  }

  /** The signature held for {@code id}, or null. */
  public Signature signature(String id) {
    Integer ordinal = ordinals.get(id);
    return ordinal == null ? null : signatures.get(ordinal);
  }

  /**
   * Adds a signature. An {@link Signature#EMPTY} one is held but never a candidate.
   *
   * @throws IllegalArgumentException if {@code id} is already held, or the signature has slots but
   *     fewer than {@code bands·rows}
   */
  public void add(String id, Signature signature) {
    if (ordinals.containsKey(id)) {
      throw new IllegalArgumentException("already indexed: " + id);
    }
    checkSlots(signature);
    int ordinal = ids.size();
    ids.add(id);
    signatures.add(signature);
    ordinals.put(id, ordinal);
    if (!signature.isEmpty()) {
      for (int band = 0; band < bands; band++) {
        table.put(bandKey(signature, band), ordinal);
      }
    }
  }

  /** Removes {@code id}'s signature; false if it was not held. */
  public boolean remove(String id) {
    Integer ordinal = ordinals.remove(id);
    if (ordinal == null) {
      return false;
    }
    signatures.set(ordinal, null);
    return true;
  }

  /**
   * The ids whose signatures share at least one band with {@code signature}, in the order they were
   * added; none for an {@link Signature#EMPTY} signature.
   */
  public List<String> candidates(Signature signature) {
    checkSlots(signature);
    if (signature.isEmpty()) {
      return List.of();
    }
    int[] found = new int[16];
    int count = 0;
    for (int band = 0; band < bands; band++) {
      for (int node = table.head(bandKey(signature, band)); node >= 0; node = table.next(node)) {
        int ordinal = table.ordinal(node);
        if (signatures.get(ordinal) != null) {
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = ordinal;
        }
      }
    }
    Arrays.sort(found, 0, count);
    List<String> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (i == 0 || found[i] != found[i - 1]) {
        result.add(ids.get(found[i]));
      }
    }
    return result;
  }

  /**
   * The candidates whose estimated similarity to {@code signature} is at least {@code threshold},
   * most similar first, ties by id.
   */
  public List<Match> matches(Signature signature, double threshold) {
    List<Match> matches = new ArrayList<>();
    for (String id : candidates(signature)) {
      double estimate = signature.estimate(signatures.get(ordinals.get(id)));
      if (estimate >= threshold) {
        matches.add(new Match(id, estimate));
      }
    }
    matches.sort(Comparator.comparingDouble(Match::estimate).reversed().thenComparing(Match::id));
    return matches;
  }

  private void checkSlots(Signature signature) {
    if (!signature.isEmpty() && signature.slots() < bands * rows) {
      throw new IllegalArgumentException(
          "a signature of "
              + signature.slots()
              + " slots is too short for "
              + bands
              + " bands of "
              + rows
              + " rows");
    }
  }

  /**
   * The signature's band keys, one per band: what an index on disk files the signature under, so
   * that two articles are candidates when they share a key. None for an {@link Signature#EMPTY}
   * signature.
   */
  public long[] bandKeys(Signature signature) {
    checkSlots(signature);
    if (signature.isEmpty()) {
      return new long[0];
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      keys[band] = bandKey(signature, band);
    }
    return keys;
  }

  /** The hash of one band's slots, the band's number mixed in so equal bands elsewhere differ. */
  private long bandKey(Signature signature, int band) {
    long h = band + 1;
    int from = band * rows;
    for (int i = from; i < from + rows; i++) {
      h = h * 0x9e3779b97f4a7c15L + (signature.slot(i) & 0xffffffffL);
    }
    return Shingles.mix(h);
  }

  /**
   * Band key → the ordinals filed under it: an open-addressing table of keys, each pointing to a
   * chain of nodes in two parallel int arrays, so an entry is a few primitives, not objects.
   */
  private static final class BandTable {
    private long[] keys = new long[1024];
    private int[] heads = filled(1024);
    private int used;
    private int[] nodeOrdinal = new int[1024];
    private int[] nodeNext = new int[1024];
    private int nodes;

    void put(long key, int ordinal) {
      if (2 * (used + 1) > keys.length) {
        grow();
      }
      int slot = find(keys, heads, key);
      if (heads[slot] < 0) {
        keys[slot] = key;
        used++;
      }
      if (nodes == nodeOrdinal.length) {
        nodeOrdinal = Arrays.copyOf(nodeOrdinal, nodes * 2);
        nodeNext = Arrays.copyOf(nodeNext, nodes * 2);
      }
      nodeOrdinal[nodes] = ordinal;
      nodeNext[nodes] = heads[slot];
      heads[slot] = nodes++;
    }

    int head(long key) {
      return heads[find(keys, heads, key)];
    }

    int next(int node) {
      return nodeNext[node];
    }

    int ordinal(int node) {
      return nodeOrdinal[node];
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private static int find(long[] keys, int[] heads, long key) {
      int mask = keys.length - 1;
      int slot = (int) key & mask; // keys are mixed hashes: the low bits are as good as any
      while (heads[slot] >= 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      long[] newKeys = new long[keys.length * 2];
      int[] newHeads = filled(keys.length * 2);
      for (int i = 0; i < keys.length; i++) {
        if (heads[i] >= 0) {
          int slot = find(newKeys, newHeads, keys[i]);
          newKeys[slot] = keys[i];
          newHeads[slot] = heads[i];
        }
      }
      keys = newKeys;
      heads = newHeads;
    }

    private static int[] filled(int length) {
      int[] array = new int[length];
      Arrays.fill(array, -1);
      return array;
    }
  }
}
