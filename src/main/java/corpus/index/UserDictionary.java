package corpus.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Words the Chinese segmenter must keep whole: names it would otherwise split, such as 米舒斯京
 * (Mishustin), which HanLP cuts into 米舒斯 + 京在. Only Chinese words are needed: Latin letters and
 * digits are always tokens of their own, whatever a dictionary says.
 *
 * <p>The file format is one word a line, UTF-8 (a byte order mark is skipped), surrounding spaces
 * trimmed, blank lines and lines starting with {@code #} ignored. A word is Chinese characters
 * only; a line holding a space, punctuation or a letter of another script is an error, not a silent
 * no-op, since a word that can never match would look like a segmenter bug later.
 */
public final class UserDictionary {

  /** No words: the segmenter's own dictionaries only. */
  public static final UserDictionary EMPTY = new UserDictionary(List.of());

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final List<String> words;

  private UserDictionary(List<String> words) {
    this.words = words;
  }

  /**
   * The given words, each trimmed, sorted and without duplicates.
   *
   * @throws IllegalArgumentException if a word is blank or is not Chinese characters only
   */
  public static UserDictionary of(Collection<String> words) {
    TreeSet<String> sorted = new TreeSet<>();
    for (String word : words) {
      String trimmed = word.strip();
      String problem = problem(trimmed);
      if (problem != null) {
        throw new IllegalArgumentException("\"" + word + "\" " + problem);
      }
      sorted.add(trimmed);
    }
    return sorted.isEmpty() ? EMPTY : new UserDictionary(List.copyOf(sorted));
  }

  /**
   * Reads a word list file (format in the class comment).
   *
   * @throws UserDictionaryException with a one-line message naming the file (and line) if the file
   *     is missing, a directory, unreadable, not UTF-8, or holds a line that is not a word
   */
  public static UserDictionary read(Path file) throws UserDictionaryException {
    String text = decode(file, bytes(file));
    TreeSet<String> sorted = new TreeSet<>();
    int lineNumber = 0;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      lineNumber++;
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
        line = line.substring(1);
      }
      String word = line.strip();
      if (word.isEmpty() || word.startsWith("#")) {
        continue;
      }
      String problem = problem(word);
      if (problem != null) {
        throw new UserDictionaryException(
            file + ":" + lineNumber + ": \"" + word + "\" " + problem + " (user dictionary)");
      }
      sorted.add(word);
    }
    return sorted.isEmpty() ? EMPTY : new UserDictionary(List.copyOf(sorted));
  }

  /** The words, sorted (by UTF-16 code unit), without duplicates; an immutable list. */
  public List<String> words() {
    return words;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UserDictionary && ((UserDictionary) other).words.equals(words);
  }

  @Override
  public int hashCode() {
    return words.hashCode();
  }

  @Override
  public String toString() {
    return "UserDictionary" + words;
  }

  private static byte[] bytes(Path file) throws UserDictionaryException {
    if (Files.isDirectory(file)) {
      throw new UserDictionaryException(
          "user dictionary " + file + " is a directory; give a text file with one word a line");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserDictionaryException("user dictionary " + file + " does not exist", e);
    } catch (AccessDeniedException e) {
      throw new UserDictionaryException(
          "user dictionary " + file + " cannot be read: permission denied", e);
    } catch (IOException e) {
      throw new UserDictionaryException(
          "user dictionary " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static String decode(Path file, byte[] bytes) throws UserDictionaryException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new UserDictionaryException(
          file
              + ":"
              + line
              + ": not UTF-8 text (byte "
              + String.format(Locale.ROOT, "0x%02X", bytes[in.position()] & 0xFF)
              + "); save the user dictionary as UTF-8");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** Why a trimmed word cannot be a dictionary word, or null if it can. */
  private static String problem(String word) {
    if (word.isEmpty()) {
      return "is blank; give one word a line";
    }
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      i += Character.charCount(c);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        continue;
      }
      String shown = new String(Character.toChars(c));
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return "holds a space; give one word a line";
      }
      if (Character.isLetterOrDigit(c)) {
        return "holds '"
            + shown
            + "', which is not a Chinese character; words are Chinese characters only (Latin"
            + " letters and digits are always tokens of their own)";
      }
      return "holds '"
          + shown
          + "' (U+"
          + String.format(Locale.ROOT, "%04X", c)
          + "); words are Chinese characters only, without punctuation or symbols";
    }
    return null;
  }
}
