package corpus.query.lucene;

import java.util.List;

/**
 * A page of the different words of a shard's selected articles, in term (UTF-8 byte) order.
 *
 * @param last the last word of the dictionary the page looked at: the next page starts after it
 * @param done no word follows
 */
public record WordsPage(List<String> words, String last, boolean done) {}
