package corpus.query;

/**
 * One word found near the node, with its counts and every measure (CQPweb's conventions: see the
 * README, "Collocates").
 *
 * @param collocate the word as indexed (a Russian word by its stem)
 * @param observed O: its tokens inside the node's windows; one in the windows of two nearby
 *     occurrences counts for each
 * @param expected E = collocate frequency × window tokens / corpus tokens (the frequency taken as
 *     at least O, as in the measures' contingency table)
 * @param collocateFrequency its tokens in the table's articles
 * @param logRatio null when the windows hold every token of the table (there is no rest to compare
 *     with)
 */
public record CollocateRow(
    String collocate,
    long observed,
    double expected,
    long collocateFrequency,
    double mi,
    double mi3,
    double tScore,
    double zScore,
    double logLikelihood,
    double logDice,
    Double logRatio) {}
