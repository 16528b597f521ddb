package corpus.index;

import corpus.load.Article;
import corpus.load.LanguageOrigin;
import java.util.Random;

/** Seeded random articles of mixed scripts and languages, for tests of what indexing stores. */
final class RandomArticles {
  private RandomArticles() {}

  /** Words, punctuation and spacing that the analyses split, fold or stem differently. */
  static final String[] PIECES = {
    "Putin", "Li Qiang’s", "2024-08-22", " ", "  ", "\n\n", ", ", "—", "“quoted”", "U.S.",
    "strike-hit", "北京", "Путина", "Путину,", "ёлка", "习近平同普京会谈。", "«ТАСС»", "café", "'s", "...",
    "sanctions", "the", "bank", "нефть", "санкции"
  };

  /** Declared languages; null leaves the analysis to the text. */
  static final String[] LANGUAGES = {null, "en", "ru", "zh"};

  /** A text of {@code pieces} random pieces, some glued together. */
  static String text(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    for (int p = pieces; p > 0; p--) {
      text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
    }
    return text.toString();
  }

  static String language(Random random) {
    return LANGUAGES[random.nextInt(LANGUAGES.length)];
  }

  /** Article {@code i}: {@code a<i>.txt}, titled "t", its language detected if given. */
  static Article article(int i, String text, String language) {
    return new Article(
        "a" + i + ".txt",
        "a" + i + ".txt",
        "t",
        text,
        null,
        null,
        null,
        null,
        language,
        language == null ? null : LanguageOrigin.DETECTED,
        "UTF-8",
        "h" + i,
        1,
        1);
  }
}
