package corpus.cli;

import corpus.query.Cancellation;
import corpus.query.Corpus;
import corpus.query.CorpusStore;
import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpora a shell keeps open between its lines, by where they are kept: a question then costs
 * its answer, not opening the index. A corpus is opened again when its store's {@link
 * CorpusStore#version version} moves on (an index run in another terminal committed).
 */
final class OpenCorpora implements Closeable {
  /** A corpus kept open, and its store's version when it was opened (null for none). */
  private record Kept(Corpus corpus, String version) {}

  private final Map<String, Kept> kept = new HashMap<>();

  /** The corpus the last line asked: its words are what Tab offers. */
  private Corpus last;

  /** Requested by Ctrl-C: the corpora kept here stop the question they are answering. */
  private final Cancellation cancellation = new Cancellation();

  interface Opener {
    Corpus open() throws IOException;
  }

  /**
   * The store's corpus, kept open. It is opened again when the store's version moved on or, for a
   * store without versions (a cluster), when the kept corpus is no longer {@link Corpus#current
   * current}.
   */
  Corpus get(CorpusStore store, Opener opener) throws IOException {
    String version = store.version();
    Kept now = kept.get(store.location());
    if (now != null && stillAnswers(now, version)) {
      last = now.corpus();
      return last;
    }
    if (now != null) {
      kept.remove(store.location());
      last = null;
      now.corpus().close();
    }
    Corpus corpus = opener.open();
    kept.put(store.location(), new Kept(corpus, version));
    last = corpus;
    return corpus;
  }

  private static boolean stillAnswers(Kept now, String version) {
    if (version != null) {
      return version.equals(now.version());
    }
    try {
      return now.corpus().current();
    } catch (IOException | RuntimeException gone) {
      return false; // opened again, which says what is wrong if it still is
    }
  }

  Cancellation cancellation() {
    return cancellation;
  }

  /**
   * Words of the corpus the last line asked that start with {@code prefix}; none before a line has
   * asked one, or when it cannot be read.
   */
  List<String> wordsStartingWith(String prefix, int limit) {
    if (last == null) {
      return List.of();
    }
    try {
      return last.wordsStartingWith(prefix, limit);
    } catch (IOException | RuntimeException unreadable) {
      return List.of(); // completion offers nothing; the next line says what is wrong
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Kept open : kept.values()) {
      try {
        open.corpus().close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    kept.clear();
    last = null;
    if (first != null) {
      throw first;
    }
  }
}
