package corpus.load;

/** What {@link TextDecoder} made of a file's bytes: text, or a reason it is not an article. */
public sealed interface Decoding permits Decoding.Decoded, Decoding.Rejected {

  /**
   * @param text the decoded text, byte-order mark removed
   * @param encoding the charset used: {@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE}, {@code
   *     windows-1252} or {@code ISO-8859-1}
   * @param fallback true when the bytes were not valid UTF-8 and a single-byte charset was guessed
   */
  record Decoded(String text, String encoding, boolean fallback) implements Decoding {}

  /**
   * @param reason one short line, e.g. {@code "binary (NUL bytes)"} or {@code "empty file"}
   */
  record Rejected(String reason) implements Decoding {}
}
