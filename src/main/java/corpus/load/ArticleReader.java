package corpus.load;

import corpus.load.date.DateExtractor;
import corpus.load.date.DatedText;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Reads one listed file into an {@link Article}: bytes, hash, text, date, title.
 *
 * <p>A bad file (unreadable, too large, binary, empty) becomes a {@link LoadOutcome.NotLoaded}
 * rather than an exception. Thread-safe: it holds no mutable state, so the indexer may call it from
 * several threads at once.
 */
public final class ArticleReader {

  private static final long MIB = 1024L * 1024;

  /**
   * Larger files are almost certainly not articles (a dump, a log), and each costs the heap several
   * times its size while it is indexed: two threads at this cap fit in bin/corpus's 1 GiB.
   */
  public static final long MAX_BYTES = 64 * MIB;

  private final BiFunction<String, String, DatedText> dateStep;
  private final TextDecoder decoder = new TextDecoder();
  private final TitleExtractor titles = new TitleExtractor();

  public ArticleReader() {
    this(new DateExtractor()::extract);
  }

  /**
   * @param dateStep finds the date in (id, decoded text) and returns the body without its date
   *     header; normally {@link DateExtractor#extract}, replaceable so that tests need not depend
   *     on the date rules
   */
  public ArticleReader(BiFunction<String, String, DatedText> dateStep) {
    this.dateStep = Objects.requireNonNull(dateStep, "dateStep");
  }

  /**
   * Never throws for a bad file. Exceptions from the date step are not caught here: they are bugs
   * in a date rule; the indexer reports the file as failed, with the exception, and goes on.
   */
  public LoadOutcome read(SourceFile file) {
    byte[] bytes;
    try {
      long size = Files.size(file.path());
      if (size > MAX_BYTES) {
        return skipped(file, tooLarge(size));
      }
      bytes = Files.readAllBytes(file.path());
    } catch (IOException unreadable) {
      return skipped(file, "unreadable: " + IoProblems.describe(unreadable));
    }
    if (bytes.length > MAX_BYTES) {
      // It grew between the size check and the read.
      return skipped(file, tooLarge(bytes.length));
    }

    Decoding decoding = decoder.decode(bytes);
    if (decoding instanceof Decoding.Rejected rejected) {
      return skipped(file, rejected.reason());
    }
    var decoded = (Decoding.Decoded) decoding;

    DatedText dated = dateStep.apply(file.id(), decoded.text());
    if (TextDecoder.isBlank(dated.body())) {
      return skipped(file, "empty after date header");
    }
    var article =
        new Article(
            file.id(),
            titles.title(dated.body(), dated.headerTitle()),
            dated.body(),
            dated.date(),
            dated.source(),
            decoded.encoding(),
            Digests.hex(Digests.sha256().digest(bytes)),
            file.size(),
            file.modifiedMillis());
    return new LoadOutcome.Loaded(article);
  }

  /** Rounded up, so that a file just over the limit does not read "too large (64 MiB)". */
  private static String tooLarge(long size) {
    return "too large (" + ((size + MIB - 1) / MIB) + " MiB)";
  }

  private static LoadOutcome skipped(SourceFile file, String reason) {
    return new LoadOutcome.NotLoaded(new Skipped(file.id(), reason));
  }
}
