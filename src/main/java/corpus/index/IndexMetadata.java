package corpus.index;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * What an index run records in its commit, so later commands know what the index was built from
 * and when, without a side file that could disagree with the index.
 *
 * @param corpusRoot absolute path of the folder that was indexed
 * @param glob the file pattern used
 * @param indexedAt when the run committed
 * @param fingerprint {@link CorpusFingerprint} of the folder listing at that time
 */
public record IndexMetadata(Path corpusRoot, String glob, Instant indexedAt, String fingerprint) {

  private static final String SCHEMA = "schema_version";
  private static final String ROOT = "corpus_root";
  private static final String GLOB = "glob";
  private static final String INDEXED_AT = "indexed_at";
  private static final String FINGERPRINT = "fingerprint";

  Map<String, String> toCommitData() {
    return Map.of(
        SCHEMA, Schema.VERSION,
        ROOT, corpusRoot.toString(),
        GLOB, glob,
        INDEXED_AT, indexedAt.toString(),
        FINGERPRINT, fingerprint);
  }

  /** Null when the commit was not written by this version of the schema. */
  static IndexMetadata fromCommitData(Map<String, String> data) {
    if (!Schema.VERSION.equals(data.get(SCHEMA)) || !data.containsKey(ROOT)) {
      return null;
    }
    return new IndexMetadata(
        Path.of(data.get(ROOT)),
        data.get(GLOB),
        Instant.parse(data.get(INDEXED_AT)),
        data.get(FINGERPRINT));
  }
}
