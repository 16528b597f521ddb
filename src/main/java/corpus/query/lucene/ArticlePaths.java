package corpus.query.lucene;

import java.nio.file.Path;

/**
 * Turns an article id into the path a user can open: relative to the working directory when the
 * corpus lies below it (short and the same on every machine), absolute otherwise.
 */
final class ArticlePaths {
  private final Path root;
  private final Path workingDirectory = Path.of("").toAbsolutePath();

  ArticlePaths(Path corpusRoot) {
    this.root = corpusRoot;
  }

  String pathOf(String id) {
    Path file = root.resolve(id);
    Path shown = file.startsWith(workingDirectory) ? workingDirectory.relativize(file) : file;
    return shown.toString().replace('\\', '/');
  }
}
