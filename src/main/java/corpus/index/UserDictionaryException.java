package corpus.index;

import java.io.IOException;

/**
 * A user dictionary file cannot be used: it is missing, not a file, not UTF-8, or holds a line that
 * is not a word. The message is one line that names the file (and the line, when there is one) and
 * says what to change.
 */
public final class UserDictionaryException extends IOException {
  private static final long serialVersionUID = 1L;

  UserDictionaryException(String message) {
    super(message);
  }

  UserDictionaryException(String message, Throwable cause) {
    super(message, cause);
  }
}
