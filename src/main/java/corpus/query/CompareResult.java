package corpus.query;

import java.util.List;

/**
 * @param rows by log-likelihood, highest first, then term
 */
public record CompareResult(
    long aDocuments, long aTokens, long bDocuments, long bTokens, List<CompareRow> rows)
    implements Result {
  public CompareResult {
    rows = List.copyOf(rows);
  }
}
