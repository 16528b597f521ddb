package corpus.bench;

import corpus.dedup.EuroparlArticles;
import corpus.dedup.LshIndex;
import corpus.dedup.MinHash;
import corpus.dedup.Shingles;
import corpus.dedup.Signature;
import corpus.dedup.TextShingles;
import corpus.dedup.WireEdits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The quality and cost of near-duplicate detection ({@code corpus.dedup}) against exact Jaccard
 * similarity, on synthetic articles of real text.
 *
 * <pre>bench/run-test-main.sh corpus.bench.DuplicateQuality [--articles N] [--copies FRACTION]
 *     [--slots K] [--bands B] [--rows R] [--threshold T] [--seed S]</pre>
 *
 * <p>Each original article is {@code 3} Europarl speeches drawn at random (so two originals that
 * share a speech overlap in part, about J = 0.2 for one shared speech and 0.5 for two: related
 * texts that are not copies); the given fraction of the articles are wire copies of a random
 * original made by {@link WireEdits#copy} at strength 0 to 5, chosen uniformly (verbatim, new first
 * line, + typos, + a dropped paragraph, + more typos, + another dropped paragraph), so the copies'
 * exact similarity spreads across the threshold.
 *
 * <p>Exact Jaccard is computed for every pair that could be similar: the pairs of each family (an
 * original and its copies), the pairs that share a speech, the pairs the banding made candidates,
 * and a random sample of other pairs (to show that no similar pair hides elsewhere). A pair is a
 * true duplicate when its exact Jaccard is at least the threshold, found when its estimate is.
 * Timings are per article, single-threaded, after a warm-up pass. Prints Markdown.
 */
public final class DuplicateQuality {
  private DuplicateQuality() {}

  public static void main(String[] args) {
    int articles = 20_000;
    double copyFraction = 0.25;
    int slots = MinHash.DEFAULT_SLOTS;
    int bands = LshIndex.DEFAULT_BANDS;
    int rows = LshIndex.DEFAULT_ROWS;
    double threshold = 0.8;
    long seed = 1;
    int randomPairs = 1_000_000;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--copies" -> copyFraction = Double.parseDouble(args[++i]);
        case "--slots" -> slots = Integer.parseInt(args[++i]);
        case "--bands" -> bands = Integer.parseInt(args[++i]);
        case "--rows" -> rows = Integer.parseInt(args[++i]);
        case "--threshold" -> threshold = Double.parseDouble(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--random-pairs" -> randomPairs = Integer.parseInt(args[++i]);
        default -> {
          System.err.println(
              "usage: DuplicateQuality [--articles N] [--copies FRACTION] [--slots K] [--bands B]"
                  + " [--rows R] [--threshold T] [--seed S] [--random-pairs N]");
          System.exit(2);
        }
      }
    }

    List<String> speeches = EuroparlArticles.read(Integer.MAX_VALUE, 1);
    Random random = new Random(seed);
    int copies = (int) Math.round(articles * copyFraction);
    int originals = articles - copies;
    List<String> texts = new ArrayList<>(articles);
    List<int[]> sources = new ArrayList<>(); // per original: the source pieces it is made of
    int[] family = new int[articles]; // the original an article is or copies
    int[] strength = new int[articles];
    for (int i = 0; i < originals; i++) {
      int[] pieces = {
        random.nextInt(speeches.size()),
        random.nextInt(speeches.size()),
        random.nextInt(speeches.size())
      };
      sources.add(pieces);
      texts.add(
          speeches.get(pieces[0])
              + "\n\n"
              + speeches.get(pieces[1])
              + "\n\n"
              + speeches.get(pieces[2]));
      family[i] = i;
      strength[i] = -1;
    }
    WireEdits edits = new WireEdits(seed);
    for (int i = originals; i < articles; i++) {
      int of = random.nextInt(originals);
      strength[i] = random.nextInt(6);
      family[i] = of;
      texts.add(edits.copy(texts.get(of), strength[i]));
    }
    // Shuffle the order of arrival, so copies do not all come after their originals.
    int[] order = new int[articles];
    for (int i = 0; i < articles; i++) {
      order[i] = i;
    }
    for (int i = articles - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    long textBytes = 0;
    for (String text : texts) {
      textBytes += text.getBytes(StandardCharsets.UTF_8).length;
    }

    // Timings: shingles, then signatures, then banding and verification, each over all articles.
    MinHash minHash = new MinHash(slots);
    for (int warm = 0; warm < 2; warm++) {
      for (int i = 0; i < Math.min(articles, 3000); i++) {
        minHash.sign(TextShingles.of(texts.get(i)));
      }
    }
    long[][] shingles = new long[articles][];
    long start = System.nanoTime();
    for (int i = 0; i < articles; i++) {
      shingles[i] = TextShingles.of(texts.get(i));
    }
    long shingleNanos = System.nanoTime() - start;
    Signature[] signatures = new Signature[articles];
    start = System.nanoTime();
    for (int i = 0; i < articles; i++) {
      signatures[i] = minHash.sign(shingles[i]);
    }
    long signNanos = System.nanoTime() - start;

    LshIndex index = new LshIndex(bands, rows);
    Set<Long> candidatePairs = new HashSet<>();
    Set<Long> foundPairs = new HashSet<>();
    start = System.nanoTime();
    for (int i : order) {
      for (LshIndex.Match match : index.matches(signatures[i], threshold)) {
        foundPairs.add(pair(i, Integer.parseInt(match.id())));
      }
      index.add(Integer.toString(i), signatures[i]);
    }
    long lshNanos = System.nanoTime() - start;
    // the candidates alone, for the table (not timed)
    LshIndex again = new LshIndex(bands, rows);
    for (int i : order) {
      for (String id : again.candidates(signatures[i])) {
        candidatePairs.add(pair(i, Integer.parseInt(id)));
      }
      again.add(Integer.toString(i), signatures[i]);
    }

    // The other way to verify: exact Jaccard of the candidates' shingles (timed alone).
    Set<Long> exactPairs = new HashSet<>();
    start = System.nanoTime();
    for (long p : candidatePairs) {
      if (Shingles.jaccard(shingles[(int) (p >>> 32)], shingles[(int) p]) >= threshold) {
        exactPairs.add(p);
      }
    }
    long exactNanos = System.nanoTime() - start;

    // The pairs to judge by exact Jaccard.
    Set<Long> judged = new HashSet<>(candidatePairs);
    Map<Integer, List<Integer>> families = new HashMap<>();
    for (int i = 0; i < articles; i++) {
      families.computeIfAbsent(family[i], k -> new ArrayList<>()).add(i);
    }
    addAllPairs(families.values(), judged);
    Map<Integer, List<Integer>> bySpeech = new HashMap<>();
    for (int i = 0; i < articles; i++) {
      for (int piece : sources.get(family[i])) {
        bySpeech.computeIfAbsent(piece, k -> new ArrayList<>()).add(i);
      }
    }
    addAllPairs(bySpeech.values(), judged);
    int sampledAbove = 0;
    for (int s = 0; s < randomPairs; s++) {
      int a = random.nextInt(articles);
      int b = random.nextInt(articles);
      if (a != b && !judged.contains(pair(a, b))) {
        if (Shingles.jaccard(shingles[a], shingles[b]) >= threshold) {
          sampledAbove++;
        }
      }
    }

    double[] edges = {0.0, 0.5, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0001};
    long[] inBand = new long[edges.length - 1];
    long[] foundInBand = new long[edges.length - 1];
    long[] candidateInBand = new long[edges.length - 1];
    long truePairs = 0;
    long truePositives = 0;
    for (long p : judged) {
      int a = (int) (p >>> 32);
      int b = (int) p;
      double exact = Shingles.jaccard(shingles[a], shingles[b]);
      boolean found = foundPairs.contains(p);
      int band = 0;
      while (exact >= edges[band + 1]) {
        band++;
      }
      inBand[band]++;
      foundInBand[band] += found ? 1 : 0;
      candidateInBand[band] += candidatePairs.contains(p) ? 1 : 0;
      if (exact >= threshold) {
        truePairs++;
        truePositives += found ? 1 : 0;
      }
    }
    // found pairs are all candidates, hence all judged
    double recall = (double) truePositives / truePairs;
    double exactRecall = (double) exactPairs.size() / truePairs; // all exact pairs are true
    double precision = (double) truePositives / foundPairs.size();

    Map<Integer, double[]> byStrength = new HashMap<>(); // strength → {pairs, sum J, found}
    for (int i = originals; i < articles; i++) {
      double exact = Shingles.jaccard(shingles[i], shingles[family[i]]);
      double[] s = byStrength.computeIfAbsent(strength[i], k -> new double[4]);
      s[0]++;
      s[1] += exact;
      s[2] += foundPairs.contains(pair(i, family[i])) ? 1 : 0;
      s[3] += exact >= threshold ? 1 : 0;
    }

    System.out.printf(
        Locale.ROOT,
        "%d articles (%d originals of 3 Europarl speeches, %d wire copies), %.1f MB of text,"
            + " %.0f words on average; %d slots, %d bands × %d rows, threshold %.2f, seed %d.%n%n",
        articles,
        originals,
        copies,
        textBytes / 1e6,
        averageWords(texts),
        slots,
        bands,
        rows,
        threshold,
        seed);
    System.out.println("| measure | value |");
    System.out.println("|---|---|");
    System.out.printf(Locale.ROOT, "| pairs judged by exact Jaccard | %d |%n", judged.size());
    System.out.printf(Locale.ROOT, "| true pairs (exact J ≥ %.2f) | %d |%n", threshold, truePairs);
    System.out.printf(
        Locale.ROOT, "| found pairs (estimate ≥ %.2f) | %d |%n", threshold, foundPairs.size());
    System.out.printf(Locale.ROOT, "| recall | %.4f |%n", recall);
    System.out.printf(Locale.ROOT, "| precision | %.4f |%n", precision);
    System.out.printf(
        Locale.ROOT,
        "| recall, precision if candidates are verified by exact Jaccard instead | %.4f, 1.0000 |%n",
        exactRecall);
    System.out.printf(
        Locale.ROOT,
        "| random pairs sampled beyond those: with exact J ≥ %.2f | %d of %d |%n",
        threshold,
        sampledAbove,
        randomPairs);
    System.out.printf(
        Locale.ROOT, "| candidate pairs (share a band) | %d |%n", candidatePairs.size());
    double perArticle = 1e-3 / articles;
    double perKb = 1e-3 / (textBytes / 1024.0);
    System.out.printf(
        Locale.ROOT,
        "| shingles, µs per article (per KB) | %.1f (%.1f) |%n",
        shingleNanos * perArticle,
        shingleNanos * perKb);
    System.out.printf(
        Locale.ROOT,
        "| signature, µs per article (per KB) | %.1f (%.1f) |%n",
        signNanos * perArticle,
        signNanos * perKb);
    System.out.printf(
        Locale.ROOT,
        "| banding + verification, µs per article (per KB) | %.1f (%.1f) |%n",
        lshNanos * perArticle,
        lshNanos * perKb);
    System.out.printf(
        Locale.ROOT,
        "| exact verification of the candidates instead, µs per article | %.1f |%n",
        exactNanos * perArticle);
    System.out.printf(
        Locale.ROOT,
        "| all, µs per article (per KB) | %.1f (%.1f) |%n%n",
        (shingleNanos + signNanos + lshNanos) * perArticle,
        (shingleNanos + signNanos + lshNanos) * perKb);

    System.out.println("| exact Jaccard | pairs judged | candidates | found | found share |");
    System.out.println("|---|---|---|---|---|");
    for (int band = inBand.length - 1; band >= 0; band--) {
      System.out.printf(
          Locale.ROOT,
          "| %.2f–%s | %d | %d | %d | %.4f |%n",
          edges[band],
          band == inBand.length - 1 ? "1.00" : String.format(Locale.ROOT, "%.2f", edges[band + 1]),
          inBand[band],
          candidateInBand[band],
          foundInBand[band],
          inBand[band] == 0 ? 0.0 : (double) foundInBand[band] / inBand[band]);
    }
    System.out.println();
    System.out.println(
        "| copy strength | copies | mean exact J to original | exact J ≥ threshold | found |");
    System.out.println("|---|---|---|---|---|");
    String[] names = {
      "0 verbatim",
      "1 new first line",
      "2 + 2 typos",
      "3 + dropped paragraph",
      "4 + a typo per 60 words",
      "5 + another dropped paragraph"
    };
    for (int s = 0; s < names.length; s++) {
      double[] v = byStrength.getOrDefault(s, new double[4]);
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %.3f | %d | %d |%n",
          names[s],
          (long) v[0],
          v[0] == 0 ? 0.0 : v[1] / v[0],
          (long) v[3],
          (long) v[2]);
    }
  }

  private static long pair(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return (long) lo << 32 | hi;
  }

  private static void addAllPairs(Iterable<List<Integer>> groups, Set<Long> into) {
    for (List<Integer> group : groups) {
      for (int x = 0; x < group.size(); x++) {
        for (int y = x + 1; y < group.size(); y++) {
          if (!group.get(x).equals(group.get(y))) {
            into.add(pair(group.get(x), group.get(y)));
          }
        }
      }
    }
  }

  private static double averageWords(List<String> texts) {
    long words = 0;
    for (String text : texts) {
      words += text.split("[^\\p{L}\\p{N}]+").length;
    }
    return (double) words / texts.size();
  }
}
