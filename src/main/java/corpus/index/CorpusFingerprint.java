package corpus.index;

import corpus.load.CorpusListing;
import corpus.load.SourceFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of a folder listing (each file's id, size and mtime). Equal fingerprints mean no file
 * was added, removed or touched since the index run, without reading a single file.
 */
public final class CorpusFingerprint {
  private CorpusFingerprint() {}

  public static String of(CorpusListing listing) {
    MessageDigest digest = sha256();
    for (SourceFile file : listing.files()) {
      digest.update(file.id().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Long.toString(file.size()).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) 0);
      digest.update(Long.toString(file.modifiedMillis()).getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) '\n');
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
