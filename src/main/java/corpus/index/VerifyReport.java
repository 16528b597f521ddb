package corpus.index;

import java.util.List;

/**
 * What {@code corpus verify} found.
 *
 * @param healthy the index is undamaged and agrees with its corpus folder
 * @param checksumsOnly only checksums were checked ({@code --fast})
 * @param segments segments in the last commit
 * @param documents live articles, or -1 when the index is damaged
 * @param damage what Lucene's CheckIndex found wrong, one line each; empty when undamaged
 * @param agreement how the index agrees with the corpus folder; not compared when damaged
 */
public record VerifyReport(
    boolean healthy,
    boolean checksumsOnly,
    int segments,
    long documents,
    List<String> damage,
    IndexVerifier.Agreement agreement) {
  public VerifyReport {
    damage = List.copyOf(damage);
  }
}
