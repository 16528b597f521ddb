package corpus.load;

import java.nio.file.Path;

/**
 * A file found in the corpus folder, before it is read.
 *
 * @param path the file itself (absolute)
 * @param id its path relative to the corpus folder with '/' separators: the article's stable id
 * @param size size in bytes
 * @param modifiedMillis last-modified time, epoch milliseconds
 */
public record SourceFile(Path path, String id, long size, long modifiedMillis) {}
