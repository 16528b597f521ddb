package corpus.load;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link CorpusWalker} found under a corpus folder.
 *
 * @param root the corpus folder, absolute and normalised
 * @param files the article files, sorted by id
 * @param problems entries that could not be listed (symlink loops, dangling links, unreadable
 *     folders), sorted by id
 */
public record CorpusListing(Path root, List<SourceFile> files, List<Skipped> problems) {
  public CorpusListing {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }
}
