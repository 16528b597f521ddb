package corpus.query.lucene;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns an article's file into the path a user can open: relative to the working directory when the
 * corpus lies below it (short and the same on every machine), absolute otherwise. A shard of a
 * cluster gives absolute paths, which the machine that asked shows ({@link #shown}): only it knows
 * its working directory.
 */
public final class ArticlePaths {
  /** The folder an article's file is relative to. */
  interface Roots {
    Path rootOf(int doc) throws IOException;
  }

  private static final Path WORKING_DIRECTORY = Path.of("").toAbsolutePath();

  private final Roots roots;
  private final boolean shown;

  private ArticlePaths(Roots roots, boolean shown) {
    this.roots = roots;
    this.shown = shown;
  }

  /** The articles of one corpus folder, shown as the user sees them. */
  static ArticlePaths under(Path corpusRoot) {
    return new ArticlePaths(doc -> corpusRoot, true);
  }

  /** Absolute paths under each article's own folder, for another machine to show. */
  static ArticlePaths absolute(Roots roots) {
    return new ArticlePaths(roots, false);
  }

  /**
   * @param doc the article's global doc id
   * @param file its file, relative to its corpus folder
   */
  String pathOf(int doc, String file) throws IOException {
    Path path = roots.rootOf(doc).resolve(file);
    return shown ? shown(path) : path.toString().replace('\\', '/');
  }

  /** An absolute path as this machine shows it. */
  public static String shown(Path file) {
    Path shown = file.startsWith(WORKING_DIRECTORY) ? WORKING_DIRECTORY.relativize(file) : file;
    return shown.toString().replace('\\', '/');
  }
}
