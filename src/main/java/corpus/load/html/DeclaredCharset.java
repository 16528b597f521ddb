package corpus.load.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a page declares for itself ({@code <meta charset="windows-1251">} or the older {@code
 * http-equiv} form), which a browser honours: Russian and Chinese sites long served windows-1251,
 * KOI8-R and GB2312 pages, which no guess from the bytes alone reads right.
 */
public final class DeclaredCharset {
  private DeclaredCharset() {}

  /**
   * HTML requires the declaration within the first 1024 bytes; pages overshoot, so look further.
   */
  private static final int LOOK_WITHIN = 4096;

  private static final Pattern DECLARATION =
      Pattern.compile(
          "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})",
          Pattern.CASE_INSENSITIVE);

  public static Optional<Charset> of(byte[] page) {
    // Every charset a page may declare writes its markup in ASCII, so Latin-1 reads it as is.
    String head =
        new String(page, 0, Math.min(page.length, LOOK_WITHIN), StandardCharsets.ISO_8859_1);
    Matcher declared = DECLARATION.matcher(head);
    if (!declared.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(declared.group(1)));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
      return Optional.empty();
    }
  }
}
