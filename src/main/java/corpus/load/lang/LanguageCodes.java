package corpus.load.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * ISO 639-1 codes ({@code en}, {@code ru}, {@code zh}): the one form a language is stored in,
 * whether a record declared it, a page's markup did, or the detector found it.
 *
 * <p>Three-letter codes become two-letter ones through the JDK's own ISO 639 table ({@code rus}
 * &rarr; {@code ru}), the bibliographic codes ({@code ger}, {@code fre}, {@code chi}) and the
 * individual languages that OpenNLP's model names inside a macrolanguage through the small table
 * below ({@code cmn}, {@code yue}, {@code nan} &rarr; {@code zh}; {@code ekk} &rarr; {@code et};
 * {@code pes} &rarr; {@code fa}). A language that has no two-letter code (Asturian {@code ast},
 * Cebuano {@code ceb}, Low German {@code nds}) has none here either, and counts as unknown: the
 * stored value is always two letters or nothing.
 */
public final class LanguageCodes {

  /**
   * Three-letter codes the JDK does not map, beside its terminology codes ({@code deu}, {@code
   * zho}): bibliographic codes, and individual languages of a macrolanguage, which OpenNLP's model
   * uses for some languages (Mandarin {@code cmn} for Chinese, Standard Estonian {@code ekk}).
   */
  private static final Map<String, String> MORE_THREE_LETTER =
      Map.ofEntries(
          // Bibliographic (ISO 639-2/B) codes.
          Map.entry("alb", "sq"),
          Map.entry("arm", "hy"),
          Map.entry("baq", "eu"),
          Map.entry("bur", "my"),
          Map.entry("chi", "zh"),
          Map.entry("cze", "cs"),
          Map.entry("dut", "nl"),
          Map.entry("fre", "fr"),
          Map.entry("geo", "ka"),
          Map.entry("ger", "de"),
          Map.entry("gre", "el"),
          Map.entry("ice", "is"),
          Map.entry("mac", "mk"),
          Map.entry("mao", "mi"),
          Map.entry("may", "ms"),
          Map.entry("per", "fa"),
          Map.entry("rum", "ro"),
          Map.entry("slo", "sk"),
          Map.entry("tib", "bo"),
          Map.entry("wel", "cy"),
          // Chinese: Mandarin, Cantonese, Min Nan, Wu, Hakka, Gan, Jin, Classical.
          Map.entry("cmn", "zh"),
          Map.entry("yue", "zh"),
          Map.entry("nan", "zh"),
          Map.entry("wuu", "zh"),
          Map.entry("hak", "zh"),
          Map.entry("gan", "zh"),
          Map.entry("cjy", "zh"),
          Map.entry("lzh", "zh"),
          // Other individual languages in OpenNLP's model and their macrolanguage's code.
          Map.entry("arb", "ar"),
          Map.entry("ekk", "et"),
          Map.entry("lvs", "lv"),
          Map.entry("pes", "fa"),
          Map.entry("prs", "fa"),
          Map.entry("plt", "mg"),
          Map.entry("pnb", "pa"),
          Map.entry("zsm", "ms"),
          Map.entry("uzn", "uz"),
          Map.entry("swh", "sw"),
          Map.entry("als", "sq"),
          Map.entry("azj", "az"),
          Map.entry("khk", "mn"),
          Map.entry("npi", "ne"),
          Map.entry("ory", "or"),
          Map.entry("gaz", "om"),
          Map.entry("quz", "qu"));

  /** Names in other spellings than the JDK's English and native names. */
  private static final Map<String, String> MORE_NAMES =
      Map.ofEntries(
          Map.entry("简体中文", "zh"),
          Map.entry("繁體中文", "zh"),
          Map.entry("繁体中文", "zh"),
          Map.entry("汉语", "zh"),
          Map.entry("漢語", "zh"),
          Map.entry("普通话", "zh"),
          Map.entry("國語", "zh"),
          Map.entry("mandarin", "zh"),
          Map.entry("cantonese", "zh"),
          Map.entry("farsi", "fa"),
          Map.entry("русском", "ru"),
          Map.entry("українська мова", "uk"),
          Map.entry("castellano", "es"));

  /**
   * A language tag or POSIX locale: a primary subtag of 2 or 3 letters, then anything after '-' or
   * '_' ({@code zh-Hant-TW}, {@code en_US.UTF-8}, {@code sr_RS@latin}).
   */
  private static final Pattern TAG = Pattern.compile("([a-z]{2,3})(?:[-_][a-z0-9._@-]*)?");

  private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());

  private static final Map<String, String> BY_THREE_LETTERS = threeLetterCodes();

  private static final Map<String, String> BY_NAME = names();

  private LanguageCodes() {}

  /**
   * The ISO 639-1 code of a language some metadata declared: a record's {@code language} field, a
   * page's {@code <html lang>}. Takes a code in any case with or without a region or script ({@code
   * ru}, {@code RU}, {@code ru-RU}, {@code ru_RU}, {@code zh-Hans}, {@code zh-TW}, {@code
   * en_US.UTF-8}), a three-letter code ({@code rus}, {@code eng}, {@code ger}, {@code cmn}) or a
   * language's name in English or in itself ({@code Russian}, {@code русский}, {@code 中文}, {@code
   * Deutsch}); of a list ({@code en, fr}) the first.
   *
   * @return the two-letter code, lower case; null for a value it does not understand ({@code und},
   *     {@code x-default}, {@code Klingon}, a number), so that detection decides instead
   */
  public static String normalize(String declared) {
    if (declared == null) {
      return null;
    }
    String value = declared.strip();
    int list = indexOfAny(value, ",;");
    if (list >= 0) {
      value = value.substring(0, list).strip();
    }
    if (value.isEmpty()) {
      return null;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    var tag = TAG.matcher(lower);
    if (tag.matches()) {
      String code = tag.group(1);
      String iso1 = code.length() == 2 ? twoLetter(code) : BY_THREE_LETTERS.get(code);
      if (iso1 != null) {
        return iso1;
      }
    }
    String named = BY_NAME.get(lower);
    if (named == null) {
      // "English (US)", "Chinese (Simplified)": the name before the qualifier.
      int open = lower.indexOf('(');
      if (open > 0) {
        named = BY_NAME.get(lower.substring(0, open).strip());
      }
    }
    return named;
  }

  /**
   * The ISO 639-1 code of an ISO 639-3 code, as OpenNLP's model gives them ({@code rus}, {@code
   * cmn}), or null for a language with no two-letter code.
   */
  public static String fromIso639_3(String code) {
    return code == null ? null : BY_THREE_LETTERS.get(code.toLowerCase(Locale.ROOT));
  }

  /** A two-letter code ISO 639-1 assigns, in its current form ({@code iw} is now {@code he}). */
  private static String twoLetter(String code) {
    return TWO_LETTER.contains(code) ? new Locale(code).getLanguage() : null;
  }

  private static Map<String, String> threeLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String iso1 : new TreeSet<>(TWO_LETTER)) {
      String current = new Locale(iso1).getLanguage();
      try {
        codes.putIfAbsent(new Locale(current).getISO3Language(), current);
      } catch (MissingResourceException noThreeLetterCode) {
        // A withdrawn code such as "sh" or "mo": nothing to map.
      }
    }
    codes.putAll(MORE_THREE_LETTER);
    return Map.copyOf(codes);
  }

  /** Each language's name in English and in itself, lower case ("russian", "русский", "中文"). */
  private static Map<String, String> names() {
    Map<String, String> names = new HashMap<>(MORE_NAMES);
    for (String iso1 : new TreeSet<>(TWO_LETTER)) {
      Locale language = new Locale(iso1);
      String code = language.getLanguage();
      for (String name :
          new String[] {
            language.getDisplayLanguage(Locale.ENGLISH), language.getDisplayLanguage(language)
          }) {
        String key = name.toLowerCase(Locale.ROOT);
        // getDisplayLanguage gives the code itself when it knows no name.
        if (!key.isBlank() && !key.equals(iso1) && !key.equals(code)) {
          names.putIfAbsent(key, code);
        }
      }
    }
    return Map.copyOf(names);
  }

  private static int indexOfAny(String value, String characters) {
    for (int i = 0; i < value.length(); i++) {
      if (characters.indexOf(value.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
