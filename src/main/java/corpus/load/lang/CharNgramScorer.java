package corpus.load.lang;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * OpenNLP's language model, evaluated as its {@code LanguageDetectorME} evaluates it but without an
 * object per character n-gram. OpenNLP's detector makes a {@code CharBuffer} and a string for each
 * n-gram of the text, counts them in hash maps and looks each up by string: 0.3-0.4 ms of CPU an
 * article, a third of all indexing's CPU (BENCHMARKS.md). Here an n-gram (1 to 3 chars, all the
 * model has) is a number, looked up in a table of numbers made once from the model.
 *
 * <p>The steps are OpenNLP's own, in its order: the same normalizers (emoji, URLs, Twitter handles,
 * numbers, repeated characters: {@code LanguageDetectorFactory}'s list), lower case by code point,
 * every distinct n-gram of 1 to 3 chars counted once, each one's parameters added to a uniform
 * prior, the largest sum wins (the first language on a tie, as OpenNLP's stable sort has it).
 * {@code CharNgramScorerTest} checks that it names the same language as OpenNLP's detector on texts
 * of many languages.
 */
final class CharNgramScorer {
  private static final int MAX_NGRAM = 3;

  private final CharSequenceNormalizer normalizer =
      new AggregateCharSequenceNormalizer(
          EmojiCharSequenceNormalizer.getInstance(),
          UrlCharSequenceNormalizer.getInstance(),
          TwitterCharSequenceNormalizer.getInstance(),
          NumberCharSequenceNormalizer.getInstance(),
          ShrinkCharSequenceNormalizer.getInstance());

  private final String[] languages;
  private final UniformPrior prior = new UniformPrior();

  /**
   * Open addressing, two longs a slot: the n-gram's key (0 for an empty slot), then where its
   * parameters start in {@link #outcome} and {@link #weight} (above 8 bits) and how many there are
   * (the low 8 bits: at most one per language). Everything an n-gram needs is in one slot and one
   * run of the packed arrays: a text looks up about a thousand n-grams, and a lookup costs its
   * cache misses, not its additions.
   */
  private final long[] table;

  private final byte[] outcome;
  private final double[] weight;

  /** The n-grams of the text being scored, one set per thread, emptied for each text. */
  private final ThreadLocal<NgramSet> seen = ThreadLocal.withInitial(NgramSet::new);

  CharNgramScorer(LanguageDetectorModel model) {
    Object[] parts = ((AbstractModel) model.getMaxentModel()).getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> contexts = (Map<String, Context>) parts[1];
    languages = ((String[]) parts[2]).clone();
    prior.setLabels(languages, null);
    if (languages.length > 256) {
      throw new IllegalArgumentException("a model of more than 256 languages: " + languages.length);
    }
    int slots = Integer.highestOneBit(Math.max(contexts.size(), 1) * 2) * 2;
    table = new long[2 * slots];
    int parameters = 0;
    for (Context context : contexts.values()) {
      parameters += context.getOutcomes().length;
    }
    outcome = new byte[parameters];
    weight = new double[parameters];
    int next = 0;
    for (Map.Entry<String, Context> entry : contexts.entrySet()) {
      String ngram = entry.getKey();
      if (ngram.isEmpty() || ngram.length() > MAX_NGRAM) {
        continue; // a text's n-grams are 1 to 3 chars: never looked up
      }
      int[] to = entry.getValue().getOutcomes();
      double[] by = entry.getValue().getParameters();
      long key = key(ngram.toCharArray(), 0, ngram.length());
      int slot = slotOf(key);
      table[2 * slot] = key;
      table[2 * slot + 1] = ((long) next << 8) | to.length;
      for (int i = 0; i < to.length; i++) {
        outcome[next] = (byte) to[i];
        weight[next++] = by[i];
      }
    }
  }

  /** The model's language for the text (its ISO 639-3 code, as the model names it). */
  String best(CharSequence text) {
    double[] sums = sums(text);
    int best = 0;
    for (int i = 1; i < sums.length; i++) {
      if (sums[i] > sums[best]) {
        best = i;
      }
    }
    return languages[best];
  }

  /** Each language's log score: the prior and the parameters of the text's distinct n-grams. */
  private double[] sums(CharSequence text) {
    char[] chars = lowerCase(normalizer.normalize(text));
    double[] sums = new double[languages.length];
    prior.logPrior(sums, (int[]) null, null);
    NgramSet distinct = seen.get();
    distinct.clear(chars.length * MAX_NGRAM);
    for (int length = 1; length <= MAX_NGRAM; length++) {
      for (int start = 0; start + length <= chars.length; start++) {
        long key = key(chars, start, length);
        if (!distinct.add(key)) {
          continue;
        }
        int slot = slotOf(key);
        if (table[2 * slot] == 0) {
          continue; // not in the model
        }
        long run = table[2 * slot + 1];
        int from = (int) (run >>> 8);
        int to = from + (int) (run & 0xFF);
        for (int i = from; i < to; i++) {
          sums[outcome[i] & 0xFF] += weight[i];
        }
      }
    }
    return sums;
  }

  /**
   * As OpenNLP's {@code StringUtil.toLowerCaseCharBuffer}: each code point lower-cased, into a
   * buffer as long as the text (any room left is NUL, as in its buffer).
   */
  private static char[] lowerCase(CharSequence text) {
    char[] lower = new char[text.length()];
    int at = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = Character.codePointAt(text, i);
      i += Character.charCount(codePoint);
      at += Character.toChars(Character.toLowerCase(codePoint), lower, at);
    }
    return lower;
  }

  /** An n-gram of 1 to 3 chars as one number, never 0: its length above its chars. */
  private static long key(char[] chars, int start, int length) {
    long key = length;
    for (int i = start; i < start + length; i++) {
      key = (key << 16) | chars[i];
    }
    return key;
  }

  /** The slot holding {@code key}, or the empty slot where it would go. */
  private int slotOf(long key) {
    int mask = table.length / 2 - 1;
    int slot = mix(key) & mask;
    while (table[2 * slot] != 0 && table[2 * slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** The distinct n-grams of one text: open addressing, cleared by a generation stamp. */
  private static final class NgramSet {
    private long[] keys = new long[4096];
    private int[] stamp = new int[4096];
    private int generation;

    void clear(int atMost) {
      int wanted = Integer.highestOneBit(Math.max(atMost, 1)) * 4;
      if (wanted > keys.length) {
        keys = new long[wanted];
        stamp = new int[wanted];
        generation = 0;
      }
      generation++;
      if (generation == Integer.MAX_VALUE) {
        Arrays.fill(stamp, 0);
        generation = 1;
      }
    }

    /** Whether the key was not there yet. */
    boolean add(long key) {
      int mask = keys.length - 1;
      int slot = mix(key) & mask;
      while (stamp[slot] == generation) {
        if (keys[slot] == key) {
          return false;
        }
        slot = (slot + 1) & mask;
      }
      stamp[slot] = generation;
      keys[slot] = key;
      return true;
    }
  }
}
