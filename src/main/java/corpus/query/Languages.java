package corpus.query;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which languages a question is asked of: {@code --language ru --language zh}, as ISO 639-1 codes.
 * An article of unknown language is in no named set.
 *
 * @param codes lower-case two-letter codes; empty for every article
 */
public record Languages(List<String> codes) {
  public static final Languages ALL = new Languages(List.of());

  private static final Pattern CODE = Pattern.compile("[a-z]{2}");

  /**
   * @throws IllegalArgumentException for anything but a two-letter code
   */
  public Languages {
    codes = codes.stream().map(code -> code.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    for (String code : codes) {
      if (!CODE.matcher(code).matches()) {
        throw new IllegalArgumentException(
            "a language is a two-letter ISO 639-1 code such as en, ru or zh, not '"
                + Messages.quoted(code)
                + "'");
      }
    }
  }

  public boolean all() {
    return codes.isEmpty();
  }
}
