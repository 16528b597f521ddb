package corpus.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests, a new one per call so that no state is shared between threads. */
final class Digests {
  private Digests() {}

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java platform must provide SHA-256", impossible);
    }
  }

  /** Lower-case hex. */
  static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }
}
