package corpus.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpus.load.FolderStamp;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an index run records in its commit, so later commands know what the index was built from and
 * when, without a side file that could disagree with the index.
 *
 * @param corpusRoot absolute path of the folder that was indexed
 * @param glob the file pattern used
 * @param indexedAt when the run committed
 * @param folders every folder of the corpus as the run listed it, so a query can tell cheaply
 *     whether files came or went since; empty in a checkpoint
 * @param complete false for a checkpoint: a commit made part-way through a run, which a killed run
 *     leaves as the last one; the next run goes on from it
 * @param filesRead in a checkpoint, how many files the run had read (and indexed or skipped); -1 in
 *     a complete commit
 * @param fields the {@code --field} mapping the records were read with: another mapping makes other
 *     articles of the same files
 * @param userWords the user dictionary the Chinese articles were segmented with, which queries must
 *     segment with too
 * @param dupThreshold the exact Jaccard similarity from which two articles are near-duplicates in
 *     the groups the run found; a checkpoint holds the one it will group with
 */
public record IndexMetadata(
    Path corpusRoot,
    String glob,
    Instant indexedAt,
    List<FolderStamp> folders,
    boolean complete,
    long filesRead,
    List<String> fields,
    List<String> userWords,
    double dupThreshold) {

  private static final String SCHEMA = "schema_version";
  private static final String ROOT = "corpus_root";
  private static final String GLOB = "glob";
  private static final String INDEXED_AT = "indexed_at";
  private static final String FOLDERS = "folders";
  private static final String COMPLETE = "run_complete";
  private static final String FILES_READ = "files_read";
  private static final String FIELDS = "fields";
  private static final String USER_WORDS = "user_dictionary";
  private static final String DUP_THRESHOLD = "dup_threshold";

  /** Commit data holds strings only; the stamps go in as JSON, which survives any file name. */
  private static final ObjectMapper JSON = new ObjectMapper();

  public IndexMetadata {
    folders = List.copyOf(folders);
    fields = List.copyOf(fields);
    userWords = List.copyOf(userWords);
  }

  Map<String, String> toCommitData() {
    return Map.of(
        SCHEMA, Schema.VERSION,
        ROOT, corpusRoot.toString(),
        GLOB, glob,
        INDEXED_AT, indexedAt.toString(),
        FOLDERS, toJson(folders),
        COMPLETE, Boolean.toString(complete),
        FILES_READ, Long.toString(filesRead),
        FIELDS, toJson(fields),
        USER_WORDS, toJson(userWords),
        DUP_THRESHOLD, Double.toString(dupThreshold));
  }

  private static String toJson(List<?> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "a list of records of strings and numbers always serialises", e);
    }
  }

  /** Null when the commit was not written by this version of the schema. */
  static IndexMetadata fromCommitData(Map<String, String> data) {
    if (!Schema.VERSION.equals(data.get(SCHEMA))
        || !data.containsKey(ROOT)
        || !data.containsKey(FOLDERS)
        || !data.containsKey(DUP_THRESHOLD)) {
      return null;
    }
    List<FolderStamp> folders;
    List<String> fields;
    List<String> userWords;
    double dupThreshold;
    try {
      folders = JSON.readValue(data.get(FOLDERS), new TypeReference<List<FolderStamp>>() {});
      fields =
          JSON.readValue(data.getOrDefault(FIELDS, "[]"), new TypeReference<List<String>>() {});
      userWords =
          JSON.readValue(data.getOrDefault(USER_WORDS, "[]"), new TypeReference<List<String>>() {});
      dupThreshold = Double.parseDouble(data.get(DUP_THRESHOLD));
    } catch (JsonProcessingException | NumberFormatException unreadable) {
      return null;
    }
    return new IndexMetadata(
        Path.of(data.get(ROOT)),
        data.get(GLOB),
        Instant.parse(data.get(INDEXED_AT)),
        folders,
        !"false".equals(data.get(COMPLETE)),
        data.containsKey(FILES_READ) ? Long.parseLong(data.get(FILES_READ)) : -1,
        fields,
        userWords,
        dupThreshold);
  }
}
