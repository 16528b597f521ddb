package corpus.query.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * What an index run records in the collection for its origin (a collection property, kept by
 * ZooKeeper with the collection): what the articles of that origin were read from and how, as a
 * local index keeps it in its commit.
 *
 * @param origin {@code host:/abs/folder}
 * @param root the folder
 * @param glob which files are articles
 * @param indexedAt when the run finished, or started when it did not
 * @param complete whether the run finished: a killed run leaves false, the next one completes it
 * @param fields the {@code --field} mapping the records were read with
 */
record RunRecord(
    String origin,
    String root,
    String glob,
    Instant indexedAt,
    boolean complete,
    List<String> fields) {

  /** Marks the collection as ours, with the schema version its shards index. */
  static final String SCHEMA_PROPERTY = "corpus.schema";

  static final String PREFIX = "corpus.run.";

  RunRecord {
    fields = List.copyOf(fields);
  }

  /** The property that holds an origin's record: one per origin, so machines never overwrite. */
  static String propertyOf(String origin) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(origin.getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  String toJson() {
    try {
      return Wire.JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static RunRecord fromJson(String json) throws IOException {
    return Wire.JSON.readValue(json, RunRecord.class);
  }
}
