package corpus.query;

/**
 * One written form of a word whose forms are counted together (Russian: путина, путину, путиным of
 * путин), lower case as indexed.
 */
public record WordForm(String form, long count) {}
