package corpus.query;

/**
 * How evenly a word is spread over the parts of its table's articles (see {@link DispersionParts});
 * a part is sized in tokens, and parts without tokens are left out.
 *
 * @param parts the parts measured over
 * @param range parts in which the word occurs
 * @param dp Gries's deviation of proportions (2008): 0 spread as the part sizes predict, up to 1 −
 *     the smallest part's share; null when undefined (the word is in no part)
 * @param dpNorm DP over its maximum (Lijffijt and Gries 2012): 0 even to 1 concentrated; null when
 *     undefined (one part, or none)
 * @param juillandD Juilland's D over the parts' relative frequencies: 1 even to 0 concentrated;
 *     null when undefined
 */
public record WordDispersion(long parts, long range, Double dp, Double dpNorm, Double juillandD) {}
