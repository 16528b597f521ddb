package corpus.bench;

import corpus.dedup.WireEdits;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * The generator's wire copies ({@code --wire-copies SHARE}): that share of the articles are
 * republished copies of an earlier generated article, edited as a copy is from one outlet to the
 * next, with the ground truth written as they are made.
 *
 * <p><b>Which articles are copies.</b> Article {@code n} is a copy when the copies so far fall
 * short of {@code SHARE × (n + 1)} by more than a uniform random number in [0, 1): the share is met
 * to within one article at every point of the corpus, and where the copies fall is random. A copy
 * takes an article's place (its number, its date style, its bytes towards {@code --size}); the
 * speech that would have come next comes after it.
 *
 * <p><b>What a copy copies.</b> One of the {@value #POOL} latest original articles (never a copy)
 * of at least {@value #MIN_WORDS} words, as wire copies follow their story within days: with
 * probability {@value #AGAIN} one that was copied before (one of the {@value #RECENTLY_COPIED} last
 * so copied), else any of the pool, so some stories are copied two, three or more times.
 *
 * <p><b>What changes.</b> Always: another outlet of {@link NewsPage#OUTLETS} than the original's (a
 * record's {@code source}, a page's site name; a {@code .txt} file names no outlet, but a lead
 * naming Reuters, AP or AFP gives it one, as the tool reads wire datelines) and a date one to four
 * days later. The title stays. The text, cut into the paragraphs a news page shows ({@link
 * NewsPage#paragraphs}), gets one of these edit sets ({@link WireEdits}), drawn per copy:
 *
 * <table>
 *   <caption>edit sets</caption>
 *   <tr><th>share</th><th>edits</th><th>as written in the truth file</th></tr>
 *   <tr><td>10%</td><td>none: the text as it was</td><td>{@code none}</td></tr>
 *   <tr><td>30%</td><td>a new first line: a lead ({@code LONDON (Reuters) -}) in place of the
 *       first three words</td><td>{@code lead}</td></tr>
 *   <tr><td>20%</td><td>one or two typos</td><td>{@code typos=1}, {@code typos=2}</td></tr>
 *   <tr><td>20%</td><td>a new first line and one typo</td><td>{@code lead,typos=1}</td></tr>
 *   <tr><td>10%</td><td>a new first line and a dropped paragraph (heavy)</td><td>{@code
 *       lead,drop}</td></tr>
 *   <tr><td>10%</td><td>a new first line, a dropped paragraph and a typo per 25 words
 *       (heavy)</td><td>{@code lead,drop,typos=N}</td></tr>
 * </table>
 *
 * <p>A paragraph is dropped only from a text of three or more (one of at most a tenth of the words
 * if there is one, else the shortest after the first, as {@link WireEdits#dropParagraph} does);
 * when none can be, the truth file says so by leaving {@code drop} out. The copy's paragraphs are
 * joined by three spaces, as the source joins a speech's, so every shape writes it as it writes any
 * article. On these texts of about 150 words the light sets mostly keep the exact Jaccard of 5-word
 * shingles with the original at 0.8 or more, and the heavy ones mostly put it below (the figures
 * are in {@code bench/README.md}); a date style that differs between the two (a wire dateline in
 * one, none in the other) lowers it a little more, as the tool reads the dateline as part of the
 * text.
 *
 * <p><b>The truth file.</b> A header row, then one row per copy in the order they were made: {@code
 * copy<TAB>original<TAB>edits<TAB>days}, the ids as the tool gives them ({@code
 * 2003/05/ep000001234.txt}, {@code europarl-00001.jsonl#17}), the edits as in the table and the
 * days between the two dates.
 */
final class WireCopies implements Closeable {

  static final String TRUTH_HEADER = "copy\toriginal\tedits\tdays";

  /** The largest share of copies: past it, the copies would outnumber what they copy. */
  static final double MAX_SHARE = 0.5;

  /** Originals a copy may come from: the latest ones. */
  static final int POOL = 1000;

  /** The chance that a copy is of a story copied before. */
  static final double AGAIN = 0.3;

  /** Stories copied before that a copy may come from: the latest ones. */
  static final int RECENTLY_COPIED = 200;

  /**
   * Originals shorter than this many words are never copied: Europarl's one-line items ("The vote
   * is closed.") are not stories an outlet picks up, and a new first line would leave nothing.
   */
  static final int MIN_WORDS = 50;

  /** Words per typo in the heaviest edit set. */
  static final int WORDS_PER_TYPO = 25;

  /** Keeps the copies' random numbers apart from the articles' own. */
  private static final long SALT = 0x5749524543504945L;

  /** An article a copy may be made of. */
  record Original(String id, String title, String text, LocalDate date, int outlet) {}

  /** A copy, ready to write as any article; {@code edits} as the truth file writes them. */
  record Copy(Original of, String text, LocalDate date, int outlet, String edits, Random random) {}

  private final double share;
  private final long seed;
  private final BufferedWriter truth;
  private final List<Original> pool = new ArrayList<>();
  private final List<Original> copied = new ArrayList<>();
  private int nextInPool;
  private int nextCopied;
  private int copies;

  /**
   * @param share the share of articles that are copies, 0 to {@value #MAX_SHARE}; 0 makes none
   * @param truth where to write the ground truth; null for none
   */
  WireCopies(double share, long seed, Path truth) throws IOException {
    if (!(share >= 0 && share <= MAX_SHARE)) {
      throw new IllegalArgumentException(
          "the share of wire copies is 0 to " + MAX_SHARE + ", not " + share);
    }
    this.share = share;
    this.seed = seed;
    this.truth = truth == null ? null : Files.newBufferedWriter(truth, StandardCharsets.UTF_8);
    if (this.truth != null) {
      this.truth.write(TRUTH_HEADER);
      this.truth.write('\n');
    }
  }

  /** Copies made so far. */
  int copies() {
    return copies;
  }

  /**
   * The copy that takes article {@code n}'s place, or null when article {@code n} is no copy
   * (always so with a share of 0, without drawing a random number).
   */
  Copy copyAt(int n) {
    if (share == 0 || pool.isEmpty()) {
      return null;
    }
    Random random = new Random(BenchCorpusGenerator.mix(seed ^ SALT, n));
    if (copies + random.nextDouble() >= share * (n + 1)) {
      return null;
    }
    Original of;
    if (!copied.isEmpty() && random.nextDouble() < AGAIN) {
      of = copied.get(random.nextInt(copied.size()));
    } else {
      Original picked = pool.get(random.nextInt(pool.size()));
      if (copied.stream().noneMatch(c -> c == picked)) {
        remember(copied, RECENTLY_COPIED, picked, true);
      }
      of = picked;
    }
    int outlet =
        (of.outlet() + 1 + random.nextInt(NewsPage.OUTLETS.length - 1)) % NewsPage.OUTLETS.length;
    int days = 1 + random.nextInt(4);
    Edited edited = edit(of.text(), random);
    return new Copy(of, edited.text(), of.date().plusDays(days), outlet, edited.edits(), random);
  }

  /** Records a copy once written, under the id it was written as. */
  void written(Copy copy, String id) throws IOException {
    copies++;
    if (truth != null) {
      truth.write(
          id
              + "\t"
              + copy.of().id()
              + "\t"
              + copy.edits()
              + "\t"
              + (copy.date().toEpochDay() - copy.of().date().toEpochDay())
              + "\n");
    }
  }

  /** An original article, written: later copies may copy it if it has {@value #MIN_WORDS} words. */
  void original(Original original) {
    if (share > 0 && words(original.text()) >= MIN_WORDS) {
      remember(pool, POOL, original, false);
    }
  }

  /**
   * Adds to a list of at most {@code size}, the oldest replaced once it is full; a ring, so the
   * order of the entries (and the random picks among them) depends only on what was added.
   */
  private void remember(List<Original> list, int size, Original original, boolean copiedList) {
    if (list.size() < size) {
      list.add(original);
      return;
    }
    if (copiedList) {
      list.set(nextCopied, original);
      nextCopied = (nextCopied + 1) % size;
    } else {
      list.set(nextInPool, original);
      nextInPool = (nextInPool + 1) % size;
    }
  }

  /** A copy's text and the edits it got. */
  record Edited(String text, String edits) {}

  /** The text edited by one of the edit sets, drawn from {@code random}. */
  static Edited edit(String text, Random random) {
    WireEdits edits = new WireEdits(random.nextLong());
    String copy = String.join("\n\n", NewsPage.paragraphs(text));
    StringJoiner done = new StringJoiner(",");
    double set = random.nextDouble();
    if (set < 0.10) {
      done.add("none");
    } else if (set < 0.40) {
      copy = edits.changeFirstLine(copy);
      done.add("lead");
    } else if (set < 0.60) {
      int typos = 1 + random.nextInt(2);
      copy = edits.typos(copy, typos);
      done.add("typos=" + typos);
    } else if (set < 0.80) {
      copy = edits.typos(edits.changeFirstLine(copy), 1);
      done.add("lead").add("typos=1");
    } else {
      copy = edits.changeFirstLine(copy);
      done.add("lead");
      String dropped = edits.dropParagraph(copy);
      if (!dropped.equals(copy)) {
        done.add("drop");
        copy = dropped;
      }
      if (set >= 0.90) {
        int typos = Math.max(1, words(copy) / WORDS_PER_TYPO);
        copy = edits.typos(copy, typos);
        done.add("typos=" + typos);
      }
    }
    return new Edited(copy.replace("\n\n", "   "), done.toString());
  }

  /** Runs of letters: about the words a typo may fall on. */
  private static int words(String text) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetter(text.charAt(i));
      if (letter && !in) {
        words++;
      }
      in = letter;
    }
    return words;
  }

  @Override
  public void close() throws IOException {
    if (truth != null) {
      truth.close();
    }
  }
}
