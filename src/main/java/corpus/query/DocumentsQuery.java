package corpus.query;

/** List the articles. @param undatedOnly only those without a date */
public record DocumentsQuery(boolean undatedOnly) {}
