package corpus.query;

import java.util.List;

/**
 * What {@code corpus verify} found.
 *
 * @param healthy the index is undamaged and agrees with its corpus folder
 * @param checksumsOnly only checksums were checked ({@code --fast})
 * @param segments segments in the last commit
 * @param documents live articles, or -1 when the index is damaged
 * @param damage what the backend's own check (Lucene's CheckIndex) found wrong, one line each;
 *     empty when undamaged
 * @param agreement how the index agrees with the corpus folder; not compared when damaged
 */
public record VerifyReport(
    boolean healthy,
    boolean checksumsOnly,
    int segments,
    long documents,
    List<String> damage,
    Agreement agreement)
    implements Result {
  public VerifyReport {
    damage = List.copyOf(damage);
  }

  /** Damage and drift need different cures: a damaged index is rebuilt, a stale one updated. */
  public enum Verdict {
    HEALTHY,
    DAMAGED,
    /** Undamaged, but the folder could not be compared with it. */
    NOT_CHECKED,
    OUT_OF_DATE
  }

  public Verdict verdict() {
    if (healthy) {
      return Verdict.HEALTHY;
    }
    if (!damage.isEmpty()) {
      return Verdict.DAMAGED;
    }
    return agreement.compared() ? Verdict.OUT_OF_DATE : Verdict.NOT_CHECKED;
  }

  /**
   * How the index and its corpus folder agree, by file: counts, and the first names of each kind.
   * When the folder was not compared, the counts are null (unknown, not zero) and {@code
   * folderProblem} says why.
   *
   * @param missing files in the folder that are not indexed
   * @param stale indexed articles whose file is gone
   * @param changed files whose size or mtime changed since they were indexed
   * @param folderProblem why the folder could not be compared, or null when it was
   */
  public record Agreement(
      Long missingCount,
      List<String> missing,
      Long staleCount,
      List<String> stale,
      Long changedCount,
      List<String> changed,
      String folderProblem) {
    /** Nothing compared: the index is damaged. */
    public static final Agreement UNKNOWN =
        notCompared("not compared, the index is damaged; replace it with 'corpus index --rebuild'");

    /** Nothing compared, for the reason given. */
    public static Agreement notCompared(String folderProblem) {
      return new Agreement(null, List.of(), null, List.of(), null, List.of(), folderProblem);
    }

    public Agreement {
      missing = List.copyOf(missing);
      stale = List.copyOf(stale);
      changed = List.copyOf(changed);
    }

    public boolean compared() {
      return folderProblem == null;
    }
  }
}
