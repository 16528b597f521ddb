package corpus.query;

import java.util.List;

/**
 * @param totalMatches every match, however many lines are returned
 */
public record KwicResult(long totalMatches, List<KwicLine> lines) implements Result {}
