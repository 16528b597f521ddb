package corpus.query;

import java.util.List;

/**
 * @param node the node as asked
 * @param sort what the rows are ranked by
 * @param tables one for the whole selection, or one per period
 * @param undatedDocuments selected articles in no period (0 without periods)
 */
public record CollocatesResult(
    String node, String sort, List<CollocateTable> tables, long undatedDocuments)
    implements Result {
  public CollocatesResult {
    tables = List.copyOf(tables);
  }
}
