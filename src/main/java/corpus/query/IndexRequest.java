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
 * @param dupThreshold the exact Jaccard similarity of word shingles from which two articles are
 *     near-duplicates ({@code --dup-threshold}, {@value #MIN_DUP_THRESHOLD} to 1), or null to keep
 *     the index's ({@value #DEFAULT_DUP_THRESHOLD} for a new one)
 */
public record IndexRequest(
    Path corpusRoot,
    String glob,
    boolean rebuild,
    int threads,
    int commitEvery,
    List<String> fields,
    List<String> userWords,
    Double dupThreshold) {
  /** Which files are articles unless the user says otherwise. */
  public static final String DEFAULT_GLOB = CorpusWalker.DEFAULT_GLOB;

  /**
   * A checkpoint costs a flush and an fsync (well under a second); 10,000 files is a few seconds of
   * indexing, so a kill loses little and checkpoints cost little.
   */
  public static final int DEFAULT_COMMIT_EVERY = 10_000;

  /** Near-duplicates from this similarity unless the user or the index says otherwise. */
  public static final double DEFAULT_DUP_THRESHOLD = 0.8;

  /**
   * The lowest threshold offered: the banding that finds candidates catches a pair of similarity
   * 0.7 in 93 cases of 100 and of 0.6 in only 63, so a lower threshold would miss pairs silently.
   */
  public static final double MIN_DUP_THRESHOLD = 0.7;

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
    if (dupThreshold != null && !(dupThreshold >= MIN_DUP_THRESHOLD && dupThreshold <= 1)) {
      throw new IllegalArgumentException(
          "--dup-threshold must be from " + MIN_DUP_THRESHOLD + " to 1, not " + dupThreshold);
    }
  }

  public IndexRequest(Path corpusRoot, String glob, boolean rebuild, int threads) {
    this(corpusRoot, glob, rebuild, threads, DEFAULT_COMMIT_EVERY, List.of(), null, null);
  }

  public IndexRequest(Path corpusRoot, String glob, boolean rebuild, int threads, int commitEvery) {
    this(corpusRoot, glob, rebuild, threads, commitEvery, List.of(), null, null);
  }

  public IndexRequest(
      Path corpusRoot,
      String glob,
      boolean rebuild,
      int threads,
      int commitEvery,
      List<String> fields) {
    this(corpusRoot, glob, rebuild, threads, commitEvery, fields, null, null);
  }
}
