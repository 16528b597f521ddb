package corpus.query;

import java.util.List;

/**
 * @param tables one, or one per period that has articles, in period order
 * @param undatedDocuments selected articles left out of every period because they have no date (0
 *     when not grouped by period)
 */
public record FrequencyResult(List<FrequencyTable> tables, long undatedDocuments)
    implements Result {}
