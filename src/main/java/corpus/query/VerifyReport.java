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

  /**
   * How the index and its corpus folder agree, by file: counts, and the first names of each kind.
   *
   * @param missing files in the folder that are not indexed
   * @param stale indexed articles whose file is gone
   * @param changed files whose size or mtime changed since they were indexed
   * @param folderProblem why the folder could not be compared, or null
   */
  public record Agreement(
      long missingCount,
      List<String> missing,
      long staleCount,
      List<String> stale,
      long changedCount,
      List<String> changed,
      String folderProblem) {
    /** Nothing compared: the index is damaged. */
    public static final Agreement UNKNOWN =
        new Agreement(0, List.of(), 0, List.of(), 0, List.of(), null);

    /** Nothing compared, for the reason given. */
    public static Agreement notCompared(String folderProblem) {
      return new Agreement(0, List.of(), 0, List.of(), 0, List.of(), folderProblem);
    }

    public Agreement {
      missing = List.copyOf(missing);
      stale = List.copyOf(stale);
      changed = List.copyOf(changed);
    }
  }
}
