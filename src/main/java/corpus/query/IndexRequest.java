package corpus.query;

import corpus.load.CorpusWalker;
import corpus.load.records.FieldMapping;
import java.nio.file.Path;
import java.util.List;

/**
 * An index run: which folder, which files, from scratch or not, how fast.
 *
 * @param corpusRoot the folder to index
 * @param glob which files are articles
 * @param rebuild start from an empty index instead of updating
 * @param threads how many files are read and analysed at once
 * @param commitEvery files read between checkpoints: commits a killed run resumes from
 * @param fields where records keep what the defaults do not find: {@code role=path} entries such as
 *     {@code text=story_body} or {@code date=meta.published}
 * @param userWords words the Chinese segmenter must keep whole ({@code --user-dict}), or null to
 *     keep the dictionary the index already has
 */
public record IndexRequest(
    Path corpusRoot,
    String glob,
    boolean rebuild,
    int threads,
    int commitEvery,
    List<String> fields,
    List<String> userWords) {
  /** Which files are articles unless the user says otherwise. */
  public static final String DEFAULT_GLOB = CorpusWalker.DEFAULT_GLOB;

  /**
   * A checkpoint costs a flush and an fsync (well under a second); 10,000 files is a few seconds of
   * indexing, so a kill loses little and checkpoints cost little.
   */
  public static final int DEFAULT_COMMIT_EVERY = 10_000;

  /**
   * @throws IllegalArgumentException for a bad glob, a bad field mapping or a count below one
   */
  public IndexRequest {
    CorpusWalker.checkGlob(glob);
    fields = List.copyOf(fields);
    FieldMapping.parse(fields);
    userWords = userWords == null ? null : List.copyOf(userWords);
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
    }
    if (commitEvery < 1) {
      throw new IllegalArgumentException("--commit-every must be at least 1, not " + commitEvery);
    }
  }

  public IndexRequest(Path corpusRoot, String glob, boolean rebuild, int threads) {
    this(corpusRoot, glob, rebuild, threads, DEFAULT_COMMIT_EVERY, List.of(), null);
  }

  public IndexRequest(Path corpusRoot, String glob, boolean rebuild, int threads, int commitEvery) {
    this(corpusRoot, glob, rebuild, threads, commitEvery, List.of(), null);
  }

  public IndexRequest(
      Path corpusRoot,
      String glob,
      boolean rebuild,
      int threads,
      int commitEvery,
      List<String> fields) {
    this(corpusRoot, glob, rebuild, threads, commitEvery, fields, null);
  }
}
