package corpus.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One folder of the corpus as the walker saw it. Adding, removing or renaming an entry changes its
 * folder's mtime, so a query can tell that files came or went with one stat per folder instead of
 * one per file (0.7 s on 90,000 files). A file edited in place leaves its folder as it was: the
 * next index run finds it by size, mtime and content hash.
 *
 * @param id the folder's path relative to the corpus folder, '/'-separated; "." for the corpus
 *     folder itself
 * @param modifiedNanos the folder's last-modified time, nanoseconds since the epoch
 * @param namesDigest SHA-256 of the sorted names of its visible entries (not starting with '.')
 */
public record FolderStamp(String id, long modifiedNanos, String namesDigest) {

  /** The mtime of a folder changed just before it was listed: never trusted, names always compared. */
  public static final long UNTRUSTED = Long.MIN_VALUE;

  /**
   * File systems keep mtimes to a clock tick (a few milliseconds; FAT two seconds), so a folder
   * changed again within the tick of its listing would keep its mtime. Like git's "racily clean"
   * entries, a folder modified this close to its listing is compared by its names.
   */
  private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

  static FolderStamp of(String id, FileTime modified, List<String> names, Instant listedAt) {
    long modifiedNanos = nanos(modified);
    long listedNanos = TimeUnit.SECONDS.toNanos(listedAt.getEpochSecond()) + listedAt.getNano();
    boolean racy = listedNanos - modifiedNanos < RACY_NANOS;
    return new FolderStamp(id, racy ? UNTRUSTED : modifiedNanos, digestOf(names));
  }

  /**
   * Whether the folder under {@code root} still holds the same entries. The names are read only
   * when the mtime moved, so a hidden file that came or went (an editor's swap file, the index
   * itself) does not count as a change.
   */
  public boolean stillMatches(Path root) {
    Path dir = ".".equals(id) ? root : root.resolve(id);
    try {
      BasicFileAttributes attributes = Files.readAttributes(dir, BasicFileAttributes.class);
      if (!attributes.isDirectory()) {
        return false;
      }
      return (modifiedNanos != UNTRUSTED && nanos(attributes.lastModifiedTime()) == modifiedNanos)
          || digestOf(visibleNames(dir)).equals(namesDigest);
    } catch (IOException goneOrUnreadable) {
      return false;
    }
  }

  private static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }

  static boolean isVisible(String name) {
    return !name.startsWith(".");
  }

  private static String digestOf(List<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    var digest = Digests.sha256();
    for (String name : sorted) {
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return Digests.hex(digest.digest());
  }

  private static List<String> visibleNames(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (isVisible(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
