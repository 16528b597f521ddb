package corpus.index;

/**
 * How an article's words are made into terms, chosen by its language. Each article records the one
 * it got ({@link Schema#ANALYSIS}), so a query is analysed the same way for the articles it meets:
 * one query finds a word in an English and a Russian article alike.
 */
public enum TextAnalysis {
  STANDARD(
      "standard",
      "Unicode word segmentation (Lucene StandardTokenizer), lower case, curly apostrophes and"
          + " quotes normalised, English possessive 's removed; no stemming, no stop words"),
  RUSSIAN(
      "russian",
      "Unicode word segmentation, lower case, ё folded to е, inflected forms grouped by the"
          + " Snowball Russian stemmer (each exact form kept beside its stem for form: queries);"
          + " no stop words"),
  CHINESE(
      "chinese",
      "dictionary word segmentation (HanLP, with the index's user dictionary), punctuation"
          + " dropped, Latin letters lower-cased; simplified and traditional characters as"
          + " written; no stop words");

  private final String key;
  private final String description;

  TextAnalysis(String key, String description) {
    this.key = key;
    this.description = description;
  }

  /**
   * The analysis for an ISO 639-1 language code; every language but Russian and Chinese, and an
   * unknown one, gets the standard analysis.
   */
  public static TextAnalysis of(String language) {
    if (language == null) {
      return STANDARD;
    }
    return switch (language) {
      case "ru" -> RUSSIAN;
      case "zh" -> CHINESE;
      default -> STANDARD;
    };
  }

  /**
   * The analysis for an article: its language's, or, when its language is unknown (too few letters
   * to tell), Chinese for a text mostly of Chinese characters, which the standard analysis would
   * cut into single characters.
   */
  public static TextAnalysis forArticle(String language, String text) {
    if (language != null) {
      return of(language);
    }
    int han = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        letters++;
        han += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 1 : 0;
      }
    }
    return letters > 0 && 2 * han > letters ? CHINESE : STANDARD;
  }

  /** The analysis of an index's key, as {@link #key()} gives it. */
  public static TextAnalysis ofKey(String key) {
    for (TextAnalysis analysis : values()) {
      if (analysis.key.equals(key)) {
        return analysis;
      }
    }
    throw new IllegalArgumentException("no analysis is called " + key);
  }

  /** The name indexed with each article. */
  public String key() {
    return key;
  }

  public String description() {
    return description;
  }

  /** Every analysis and the languages it is for, for the {@code meta} object of JSON results. */
  public static String describeAll() {
    return "by the article's language; Russian (ru): "
        + RUSSIAN.description
        + ". Chinese (zh): "
        + CHINESE.description
        + ". Every other language, and an unknown one: "
        + STANDARD.description;
  }
}
