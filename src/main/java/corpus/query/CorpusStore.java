package corpus.query;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a corpus is kept, and everything the command line does to it as a whole: check a query
 * before anything is opened, open it for questions, bring it up to date from a folder of articles,
 * verify it. The local index folder is the first backend; a cluster can be the second. Obtained
 * from {@code corpus.backend.Backends}, the one place that knows the backends.
 */
public interface CorpusStore {
  /** Where it is, as the user named it: shown in every result's {@code meta.options}. */
  String location();

  /** How this backend analyses text into words, in one line, for every result's {@code meta}. */
  String analyzer();

  /**
   * What changes with every commit of the corpus, so that a corpus kept open (the shell's) is
   * opened again when an index run commits; null when the store cannot tell cheaply, and the kept
   * corpus is asked whether it is {@link Corpus#current current} instead.
   */
  default String version() throws IOException {
    return null;
  }

  /** Whether there is a corpus here to ask (an index run has committed at least once). */
  boolean exists() throws IOException;

  /**
   * One line for a user whose corpus does not {@link #exists} yet: what is missing, what to run.
   */
  String absentAdvice();

  /**
   * Refuses a query this backend cannot run, before anything is opened or built.
   *
   * @throws InvalidQueryException with one line saying what is wrong and where
   */
  void checkQuery(String query);

  /**
   * Refuses a word or phrase to be counted (a trend series) that has no words once analysed like
   * the text.
   *
   * @throws InvalidQueryException with one line saying why
   */
  void checkTerm(String term);

  /**
   * Reads a user dictionary file: words the Chinese segmenter must keep whole, for {@link
   * IndexRequest#userWords}.
   *
   * @throws IllegalArgumentException with one line naming the file (and line) and what is wrong
   */
  List<String> readUserDictionary(Path file);

  /**
   * Opens the corpus at its last commit for questions.
   *
   * @throws IndexUnreadableException when it is damaged or of another format
   * @throws IOException when there is none, or it cannot be read
   */
  Corpus open() throws IOException;

  /**
   * As {@link #open()}, the corpus's questions stopping with {@link QueryCancelledException} soon
   * after {@code cancellation} is requested. A backend that cannot stop a question answers it
   * whole.
   */
  default Corpus open(Cancellation cancellation) throws IOException {
    return open();
  }

  /**
   * Brings the corpus up to date with a folder of articles (incremental unless asked to rebuild).
   *
   * @throws IndexLockedException when another index run holds it
   */
  IndexSummary index(IndexRequest request, IndexProgress progress) throws IOException;

  /**
   * Checks the stored corpus for damage, and its agreement with the folder it was built from. Never
   * builds or changes anything.
   *
   * @param checksumsOnly check checksums only (every byte read once), not the structures
   * @throws IndexLockedException when an index run holds it
   * @throws IOException when there is nothing there to check
   */
  VerifyReport verify(boolean checksumsOnly) throws IOException;
}
