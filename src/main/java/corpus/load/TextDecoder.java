package corpus.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into text, or says why the file is not a text article.
 *
 * <p>UTF-8 is assumed unless a UTF-16 byte-order mark says otherwise; bytes that are not valid
 * UTF-8 are read as windows-1252, the usual charset of older Western news archives. Stateless and
 * thread-safe: decoders are created per call because {@link CharsetDecoder} is not.
 */
public final class TextDecoder {

  /** Above this share of control characters, "text" is really a binary format we cannot index. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  public Decoding decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * @param declared the charset the file declares for itself (a web page's {@code <meta charset>}),
   *     tried when the bytes are not valid UTF-8 before any guess; or null
   */
  public Decoding decode(byte[] bytes, Charset declared) {
    if (bytes.length == 0) {
      return new Decoding.Rejected("empty file");
    }
    Decoding decoded;
    if (startsWith(bytes, 0xFF, 0xFE)) {
      decoded = decodeUtf16(bytes, StandardCharsets.UTF_16LE, "UTF-16LE");
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      decoded = decodeUtf16(bytes, StandardCharsets.UTF_16BE, "UTF-16BE");
    } else {
      // NUL never occurs in UTF-8 or single-byte text, but is common in binary formats (and in
      // UTF-16 without a BOM, which we do not try to guess).
      if (containsNul(bytes)) {
        return new Decoding.Rejected("binary (NUL bytes)");
      }
      int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      decoded = decodeSingleOrUtf8(bytes, offset, declared);
    }
    if (decoded instanceof Decoding.Decoded text) {
      return judge(text);
    }
    return decoded;
  }

  /** Whether the text has nothing but whitespace (including no-break spaces) in it. */
  static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  private static Decoding judge(Decoding.Decoded decoded) {
    String text = decoded.text();
    if (text.isEmpty()) {
      return new Decoding.Rejected("empty file");
    }
    if (controlCharacters(text) > MAX_CONTROL_SHARE * text.length()) {
      return new Decoding.Rejected("binary (control characters)");
    }
    if (isBlank(text)) {
      return new Decoding.Rejected("whitespace only");
    }
    return decoded;
  }

  /**
   * A byte-order mark is an explicit declaration, so a stray bad surrogate or an odd final byte
   * becomes U+FFFD rather than costing the whole article; real binary files that happen to start
   * with FF FE are caught by the control-character test instead.
   */
  private static Decoding decodeUtf16(byte[] bytes, Charset charset, String name) {
    // The String constructor always replaces what it cannot decode.
    String text = new String(bytes, 2, bytes.length - 2, charset);
    return new Decoding.Decoded(text, name, false);
  }

  private static Decoding decodeSingleOrUtf8(byte[] bytes, int offset, Charset declared) {
    Optional<String> utf8 = decodeStrictly(bytes, offset, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoding.Decoded(utf8.get(), "UTF-8", false);
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      Optional<String> asDeclared = decodeStrictly(bytes, offset, declared);
      if (asDeclared.isPresent()) {
        return new Decoding.Decoded(asDeclared.get(), declared.name(), false);
      }
    }
    Optional<String> windows1252 = decodeStrictly(bytes, offset, WINDOWS_1252);
    if (windows1252.isPresent()) {
      return new Decoding.Decoded(windows1252.get(), "windows-1252", true);
    }
    // windows-1252 leaves five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) undefined; ISO-8859-1 maps
    // every byte, so it always succeeds and the text is at worst odd, never lost.
    String latin1 = new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
    return new Decoding.Decoded(latin1, "ISO-8859-1", true);
  }

  /** Returns the text, or nothing when the bytes are not valid in that charset. */
  private static Optional<String> decodeStrictly(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return Optional.of(
          decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
    } catch (CharacterCodingException notThisCharset) {
      // Expected for legacy files; the caller tries the next charset.
      return Optional.empty();
    }
  }

  private static int controlCharacters(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.CONTROL
          && c != '\t'
          && c != '\n'
          && c != '\r'
          && c != '\f') {
        count++;
      }
    }
    return count;
  }

  private static boolean containsNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
