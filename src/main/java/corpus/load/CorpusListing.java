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
 * @param folders every folder walked, the corpus folder included, sorted by id: what a later look
 *     compares with to tell whether files came or went
 */
public record CorpusListing(
    Path root, List<SourceFile> files, List<Skipped> problems, List<FolderStamp> folders) {
  public CorpusListing {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    folders = List.copyOf(folders);
  }
}
