package corpus.query;

import java.util.List;

/**
 * The collocates of a node that gained and lost most between two sets.
 *
 * @param node the node as asked
 * @param sort the association measure of {@code a_score} and {@code b_score}
 * @param gained collocates with a larger share of B's windows than of A's (log ratio above 0), by
 *     G² highest first, then by collocate
 * @param lost those with a smaller share (log ratio below 0), in the same order
 */
public record CollocateComparison(
    String node,
    String sort,
    CollocateSet a,
    CollocateSet b,
    List<CollocateChange> gained,
    List<CollocateChange> lost)
    implements Result {
  public CollocateComparison {
    gained = List.copyOf(gained);
    lost = List.copyOf(lost);
  }
}
