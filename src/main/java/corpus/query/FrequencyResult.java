package corpus.query;

import java.util.List;

/**
 * @param tables one, or one per period that has articles, in period order, or one per source, most
 *     articles first
 * @param undatedDocuments selected articles left out of every period because they have no date (0
 *     when not grouped by period)
 * @param withoutSourceDocuments selected articles left out of every source's table because they
 *     have no source (0 when not grouped by source)
 */
public record FrequencyResult(
    List<FrequencyTable> tables, long undatedDocuments, long withoutSourceDocuments)
    implements Result {
  public FrequencyResult(List<FrequencyTable> tables, long undatedDocuments) {
    this(tables, undatedDocuments, 0);
  }
}
