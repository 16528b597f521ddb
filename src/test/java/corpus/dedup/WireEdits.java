package corpus.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The edits a wire story goes through from one outlet to the next, applied to a text whose
 * paragraphs are separated by blank lines: a new first line (a dateline or a lead of one's own), a
 * dropped paragraph, a few typos. Seeded, so a test or a benchmark gives the same copies each run.
 */
public final class WireEdits {
  private static final String[] LEADS = {
    "LONDON (Reuters) -",
    "BRUSSELS, May 4 (AP) —",
    "Updated at 10:42.",
    "By our correspondent.",
    "From the wires:",
    "PARIS (AFP) -",
  };

  private final Random random;

  public WireEdits(long seed) {
    this.random = new Random(seed);
  }

  /** The leads {@link #changeFirstLine} puts first, for tests that look for them. */
  public static List<String> leads() {
    return List.of(LEADS);
  }

  /** The paragraphs of a text: blank-line separated. */
  public static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\n\n")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  /** The first line (up to the first newline) replaced by a lead of another outlet. */
  public String changeFirstLine(String text) {
    int end = text.indexOf('\n');
    String rest = end < 0 ? "" : text.substring(end);
    return LEADS[random.nextInt(LEADS.length)] + " " + firstWords(text, end) + rest;
  }

  /**
   * One paragraph other than the first removed: one of at most a tenth of the words, as news
   * paragraphs of a sentence or two are, or else the shortest; none if there are fewer than three.
   */
  public String dropParagraph(String text) {
    List<String> paragraphs = paragraphs(text);
    if (paragraphs.size() < 3) {
      return text;
    }
    int total = wordStarts(text).length;
    List<Integer> shortOnes = new ArrayList<>();
    int shortest = 1;
    for (int i = 1; i < paragraphs.size(); i++) {
      int words = wordStarts(paragraphs.get(i)).length;
      if (words * 10 <= total) {
        shortOnes.add(i);
      }
      if (words < wordStarts(paragraphs.get(shortest)).length) {
        shortest = i;
      }
    }
    int drop = shortOnes.isEmpty() ? shortest : shortOnes.get(random.nextInt(shortOnes.size()));
    paragraphs.remove(drop);
    return String.join("\n\n", paragraphs);
  }

  /** {@code count} words (of three or more letters) with one letter changed. */
  public String typos(String text, int count) {
    char[] chars = text.toCharArray();
    int[] starts = wordStarts(text);
    if (starts.length == 0) {
      return text;
    }
    for (int i = 0; i < count; i++) {
      int at = starts[random.nextInt(starts.length)] + 1;
      char c = chars[at];
      chars[at] = c == 'x' ? 'q' : 'x';
    }
    return new String(chars);
  }

  /**
   * A wire copy of the given strength: 0 is a verbatim copy, 1 a new first line, 2 adds two typos,
   * 3 drops a paragraph, 4 adds more typos (one per 60 words), 5 drops another paragraph.
   */
  public String copy(String text, int strength) {
    String copy = text;
    if (strength >= 1) {
      copy = changeFirstLine(copy);
    }
    if (strength >= 2) {
      copy = typos(copy, 2);
    }
    if (strength >= 3) {
      copy = dropParagraph(copy);
    }
    if (strength >= 4) {
      copy = typos(copy, Math.max(1, wordStarts(copy).length / 60));
    }
    if (strength >= 5) {
      copy = dropParagraph(copy);
    }
    return copy;
  }

  /** The first line's own words after the first three, so the lead replaces its beginning. */
  private static String firstWords(String text, int end) {
    String line = end < 0 ? text : text.substring(0, end);
    String[] words = line.split(" ");
    return String.join(" ", Arrays.copyOfRange(words, Math.min(3, words.length), words.length));
  }

  private static int[] wordStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i + 2 < text.length(); i++) {
      boolean start = (i == 0 || !Character.isLetter(text.charAt(i - 1)));
      if (start
          && Character.isLetter(text.charAt(i))
          && Character.isLetter(text.charAt(i + 1))
          && Character.isLetter(text.charAt(i + 2))) {
        starts.add(i);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
